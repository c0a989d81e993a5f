/** The four cases the evidence base is known for, as readers see them. */
export const FLAGSHIP_CASES = [
	{ id: 'easton-bristol', title: /^Easton, Bristol/ },
	{ id: 'lockleaze-upper-horfield-bristol', title: /^Lockleaze and Upper Horfield/ },
	{ id: 'wrexham-gypsy-travellers', title: /Wrexham/ },
	{ id: 'powys-mental-health-alliance', title: /Powys/ },
] as const;
