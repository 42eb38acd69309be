"""The newsparse benchmark: newsparse against its peers on four public corpora, HTML and text."""
