// Words from the page: scripts hold no reader-facing text of their own. A page embeds its words as
// JSON (acupoints/text.py script_json); these put numbers and names into them.

// "Saved: {score} out of 10." with {score: 7} -> "Saved: 7 out of 10." A name with no value stays
// as it is, so a mistake shows instead of vanishing.
export function fill(template, values = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

// The form for a count in the page's language: `forms` holds one text per plural category that
// language uses ({one: "{count} entry", other: "{count} entries"}), `other` always.
export function counted(forms, count, lang, values = {}) {
  const category = new Intl.PluralRules(lang).select(count);
  return fill(forms[category] ?? forms.other, { ...values, count: new Intl.NumberFormat(lang).format(count) });
}
