"""Reports: the results workbook, attendance lists, roster imports and printouts."""
