//! The README's table of the URL contract is the contract's own documentation
//! (`Param::doc`), word for word: a parameter added, renamed or changed in the code and
//! not in the README (or the other way round) fails here, with the table to paste.

use cyber_budget_explorer::budget::query::Param;

/// The table as `Param::doc` gives it, in the contract's order.
fn contract_table() -> String {
    let mut table =
        String::from("| parameter | values | default | meaning |\n| --- | --- | --- | --- |\n");
    for &param in Param::ALL {
        let doc = param.doc();
        table.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            param.as_str(),
            doc.values,
            doc.default,
            doc.meaning
        ));
    }
    table
}

#[test]
fn the_readme_documents_exactly_the_contract() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md is readable");
    let table = contract_table();
    assert!(
        readme.contains(&table),
        "README.md's table of URL parameters differs from the contract (`Param::doc` in \
         src/budget/query.rs). The table should read:\n\n{table}"
    );
    // And no other row of the contract's section names a parameter (one left behind by a
    // removed parameter). Other sections' tables may start their rows with code.
    let section = readme
        .split("\n## ")
        .find(|section| section.starts_with("The URL query contract"))
        .expect("README.md has a section \"## The URL query contract\"");
    let stray: Vec<&str> = section
        .lines()
        .filter(|line| line.starts_with("| `") && !table.contains(*line))
        .collect();
    assert!(
        stray.is_empty(),
        "rows of README.md outside the contract: {stray:?}"
    );
}

#[test]
fn the_defaults_documented_are_the_ones_the_code_leaves_out() {
    let data = cyber_budget_explorer::dataset::latest_edition().expect("the edition loads");
    let defaults = cyber_budget_explorer::budget::query::ViewState::default_for(&data);
    for &param in Param::ALL {
        let documented = param.doc().default;
        // A default written as a value (`` `2024` ``) reads back to the default view and is
        // left out when the app writes the URL.
        if let Some(value) = documented
            .strip_prefix('`')
            .and_then(|d| d.strip_suffix('`'))
        {
            let mut state = defaults.clone();
            param.read(&mut state, value, &data, &mut |kind, _| {
                panic!("{param:?}: the default `{value}` gives a notice: {kind:?}")
            });
            assert_eq!(state, defaults, "{param:?}: `{value}` is not the default");
            assert_eq!(param.write(&state, &defaults), None, "{param:?}");
        }
    }
}
