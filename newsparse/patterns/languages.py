"""Function words per language, for telling the language of page text that declares none.

Adding a language is adding a row: its ISO 639-1 code and its most frequent short words
(words that are frequent in one language and rare in the others listed).
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["STOPWORDS"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {
        "en": _words(
            "the and of to in is that for was on with as by he said it at from his have are be "
            "has this which were their been but they who would not will "
        ),
        "de": _words(
            "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an "
            "wurde sie werden bei einer nach wie aus hat sind oder noch über "
        ),
        "fr": _words(
            "le la les et des est une un du dans pour qui que pas sur au avec il elle sont ont "
            "mais par plus ce cette aux été leur nous vous "
        ),
        "es": _words(
            "el la los las y de que en un una es por con para del se su al lo como más pero sus "
            "le ha este fue son entre también "
        ),
        "it": _words(
            "il la di che è e un una per non sono del della con si da anche gli le ha dei nel "
            "alla questo come più stato "
        ),
        "pt": _words(
            "o a os as de que e do da em um uma para com não é por mais dos das ao se na no foi "
            "seu sua pelo pela também "
        ),
        "nl": _words(
            "de het een en van is dat op te in niet zijn voor met die er aan ook als bij door "
            "wordt werd maar nog naar heeft "
        ),
        "pl": _words(
            "i w na z się do że nie jest to o jak po od przez dla jego jej są ale także oraz "
            "który która było być tym "
        ),
        "sv": _words(
            "och att det som en på är av för med till den har inte om ett var jag men från också "
            "eller efter sina kan "
        ),
        "da": _words(
            "og at det en den på er af for med til har ikke om et som var fra også men efter kan "
            "vil blev deres "
        ),
        "no": _words(
            "og det er en som på av for med til har ikke om et var fra også men etter kan vil ble "
            "deres hun "
        ),
        "cs": _words(
            "a v se na je že s z do to o jako by k pro ale jsou byl bylo které který také podle "
            "jeho její "
        ),
        "ru": _words(
            "и в не на что с по как это он к из за от о но для его она также был было были "
            "которые который "
        ),
        "tr": _words(
            "ve bir bu da de için ile olarak daha çok gibi olan en ama ancak sonra kadar şekilde "
            "ise değil "
        ),
        "id": _words(
            "dan yang di ini itu dengan untuk dari dalam tidak akan pada juga ke karena oleh ada "
            "bisa mereka adalah "
        ),
        "fi": _words(
            "ja on ei se että oli myös kuin hän mutta tai ovat joka sen ole kun jo nyt vielä "
            "mukaan "
        ),
    }
)
