// html-validate over every page of dist/ (run by npm test).
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// Titles are the names the sources give places, projects and publications; cutting
		// them to 70 characters for search engines would misname what people cite.
		'long-title': 'off',
		// Astro writes void elements as <meta ...>; the style of the slash is not a defect.
		'void-style': 'off',
		// Headings like "1. Negotiate the partnership" get ids starting with a digit, which HTML5 allows.
		'valid-id': ['error', { relaxed: true }],
		// Astro's redirect pages write <!doctype html> in lower case; HTML does not care.
		'doctype-style': 'off',
		// A group of checkboxes shares one name, as a form submits several values for one key.
		'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
	},
};
