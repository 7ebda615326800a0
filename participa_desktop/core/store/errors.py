"""What can go wrong opening a data file, in words for the person who chose it."""

from __future__ import annotations


class StoreError(Exception):
    """A data file that cannot be opened. The file is left untouched. `str()` is Spanish."""


class NotAParticipaDatabase(StoreError):
    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(
            f"El archivo «{path}» no es una base de datos de Participa+"
            + (f" ({detail})" if detail else "")
            + ". No se modificó. Elija otro archivo o cree uno nuevo."
        )


class DatabaseTooNew(StoreError):
    def __init__(self, path: str, schema: int, needed_app: str, this_app: str) -> None:
        self.schema = schema
        self.needed_app = needed_app
        super().__init__(
            f"El archivo «{path}» fue escrito por una versión más reciente de Participa+ "
            f"(esquema {schema}). Instale Participa+ {needed_app} o posterior para abrirlo; "
            f"esta es la versión {this_app}. El archivo no se modificó."
        )


class DatabaseCorrupt(StoreError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            f"El archivo «{path}» está dañado y no se puede leer ({detail}). No se modificó. "
            "Si hay copias en la carpeta «backups» junto al archivo, restaure la más reciente "
            "con otro nombre y dele una identidad nueva con «participa new-device»."
        )


class StoreBusy(StoreError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            f"No se pudo escribir en «{path}» ({detail}): otro programa lo está usando o la "
            "carpeta es de solo lectura. Cierre el otro programa (o copie el archivo a una "
            "carpeta propia) y vuelva a intentarlo. El archivo no se modificó."
        )
