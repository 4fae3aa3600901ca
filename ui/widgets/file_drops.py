"""Table rows that take files dropped from the file manager: each becomes a document of
the row's record (the loans list, a loan's payments and checklist steps)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal


def local_files(mime: QMimeData) -> list[str]:
    """The files of the user's computer that a drag or the clipboard carries."""
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


class FileDropRows:
    """Mixed into a table model whose rows are records: each row takes files dropped from
    the file manager, and the drop emits `files_dropped(row, paths)` with the local files
    (the model's own row: a proxy maps it). Dropping between rows or on empty space is
    refused. `takes_files` False turns it off for a model that shows no records."""

    files_dropped = Signal(int, list)
    takes_files = True

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)  # type: ignore[misc]
        if self.takes_files and index.isValid():
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags  # type: ignore[no-any-return]

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return ["text/uri-list"] if self.takes_files else []

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        # Copy only: the user's file stays where it is, whatever the file manager offers.
        return Qt.DropAction.CopyAction

    def canDropMimeData(  # noqa: N802 - Qt override
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return (
            self.takes_files and action == Qt.DropAction.CopyAction and row == -1
            and parent.isValid() and bool(local_files(data))
        )

    def dropMimeData(  # noqa: N802 - Qt override
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        self.files_dropped.emit(parent.row(), local_files(data))
        return True


def take_file_drops(view: Any) -> None:
    """Let a table view whose model mixes in `FileDropRows` take files dropped on its rows;
    while dragging, the view outlines the row the files would go to."""
    view.setDragDropMode(view.DragDropMode.DropOnly)
    view.setDragDropOverwriteMode(True)  # on a row, never between two rows
    view.setDropIndicatorShown(True)
