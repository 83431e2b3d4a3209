"""The enforcement documents (执法文书) as PDFs: 现场检查记录, 责令限期整改指令书, 整改复查意见书, 隐患整改通知书."""
