"""The built-in stages, one file each; `newsparse.defaults` puts them in order."""
