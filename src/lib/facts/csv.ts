/** A small RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = 0;
	const input = text.replace(/^\uFEFF/, '');
	while (i < input.length) {
		const char = input[i]!;
		if (quoted) {
			if (char === '"') {
				if (input[i + 1] === '"') {
					field += '"';
					i += 2;
					continue;
				}
				quoted = false;
			} else {
				field += char;
			}
			i++;
			continue;
		}
		if (char === '"' && field === '') quoted = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && input[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += char;
		i++;
	}
	if (quoted) throw new Error('CSV ends inside a quoted field: a closing " is missing.');
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Parse CSV with a header row into records keyed by column name. */
export function parseCsvRecords(text: string): Record<string, string>[] {
	const [header, ...rows] = parseCsv(text);
	if (!header) return [];
	return rows.map((row) => Object.fromEntries(header.map((name, i) => [name.trim(), row[i] ?? ''])));
}
