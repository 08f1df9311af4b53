//! Themes as Zola users write them: a theme that extends the built-in templates and changes
//! one block, the functions and filters they expect, `load_data` kept inside the dossier,
//! template errors at their file and line, and the README's template variables checked
//! against what the templates really get.
use crate::common;

use crate::common::dossier::{dossier, dossier_ok, fixture, read, repo, select, stderr};
use std::path::Path;

/// Writes `text` at `rel` under the dossier, creating folders.
fn put(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

fn use_theme(root: &Path, name: &str) {
    let config = read(&root.join("site.yaml")).replace("theme: default", &format!("theme: {name}"));
    std::fs::write(root.join("site.yaml"), config).expect("write");
}

#[test]
fn a_theme_adds_a_stylesheet_by_extending_the_built_in_base() {
    let site = fixture("basic");
    let root = site.path();
    use_theme(root, "mine");
    put(
        root,
        "themes/mine/templates/base.html",
        "{% extends \"default/base.html\" %}\n{% block stylesheets %}{{ super() }}<link rel=\"stylesheet\" href=\"{{ url(path='static/extra.css') }}\">{% endblock stylesheets %}\n",
    );
    put(
        root,
        "themes/mine/static/extra.css",
        "body { color: #222; }\n",
    );
    dossier_ok(root, &["build", "--quiet"]);
    let out = root.join("output");
    let page = common::dossier::html(&out.join("articles/envoy-in-doha/index.html"));
    let sheets: Vec<String> = select(&page, "link[rel=stylesheet]")
        .iter()
        .filter_map(|l| l.value().attr("href").map(str::to_string))
        .collect();
    assert_eq!(
        sheets,
        ["/fixture/static/style.css", "/fixture/static/extra.css"]
    );
    assert_eq!(
        select(&page, "article h1").len(),
        1,
        "the article is still there"
    );
    assert!(out.join("static/extra.css").is_file());
}

#[test]
fn the_functions_and_filters_zola_users_expect_work() {
    let site = fixture("basic");
    let root = site.path();
    use_theme(root, "fns");
    put(
        root,
        "data/polls.json",
        "{\"parties\": [{\"name\": \"Harbour Party\", \"share\": 31}]}\n",
    );
    put(root, "data/regions.yaml", "- North Quay\n- South Quay\n");
    put(
        root,
        "themes/fns/templates/page.html",
        r#"{% extends "default/page.html" %}{% block content %}{{ super() }}
<p id="slug">{{ "Port of Hamburg" | slugify }}</p>
<p id="enc">{{ "a b/c&d" | urlencode }}</p>
<p id="json">{{ ["quay", 3] | json_encode }}</p>
<div id="md">{{ "Some *emphasis* and <script>alert(1)</script>" | markdown }}</div>
<p id="url">{{ get_url(path="timeline/") }}</p>
<p id="now">{{ now() }}</p>
{% set polls = load_data(path="data/polls.json") %}<p id="poll">{{ polls.parties[0].name }} {{ polls.parties[0].share }}</p>
{% set regions = load_data(path="data/regions.yaml") %}<p id="yaml">{{ regions | join(sep=", ") }}</p>
{% endblock content %}"#,
    );
    dossier_ok(root, &["build", "--quiet"]);
    let page = common::dossier::html(&root.join("output/pages/about/index.html"));
    let text = |id: &str| -> String {
        select(&page, &format!("#{id}"))
            .first()
            .map(|e| e.text().collect())
            .unwrap_or_default()
    };
    assert_eq!(text("slug"), "port-of-hamburg");
    assert_eq!(text("enc"), "a%20b/c%26d");
    assert_eq!(text("json"), "[\"quay\",3]");
    let md = select(&page, "#md em");
    assert_eq!(md.len(), 1, "markdown rendered");
    assert!(select(&page, "#md script").is_empty(), "and sanitised");
    assert_eq!(text("url"), "https://example.github.io/fixture/timeline/");
    assert!(
        chrono::DateTime::parse_from_rfc3339(&text("now")).is_ok(),
        "{}",
        text("now")
    );
    assert_eq!(text("poll"), "Harbour Party 31");
    assert_eq!(text("yaml"), "North Quay, South Quay");
}

#[test]
fn load_data_refuses_a_file_outside_the_dossier_and_errors_name_the_template_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("secret.json"),
        "{\"token\": \"do not publish\"}",
    )
    .expect("write");
    let root = dir.path().join("site");
    common::dossier::copy_dir(&repo().join("tests/fixtures/basic"), &root);
    use_theme(&root, "leaky");
    put(
        &root,
        "themes/leaky/templates/page.html",
        "{% extends \"default/page.html\" %}\n{% block content %}\n{{ load_data(path=\"../secret.json\") }}\n{% endblock content %}\n",
    );
    let out = dossier(&root, &["build"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("themes/leaky/templates/page.html:3:") && err.contains("outside the dossier"),
        "{err}"
    );
    assert!(!err.contains("do not publish"), "{err}");
    assert!(!root.join("output").exists());

    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.path().join("secret.json"), root.join("data.json"))
            .expect("symlink");
        put(
            &root,
            "themes/leaky/templates/page.html",
            "{% extends \"default/page.html\" %}\n{% block content %}{{ load_data(path=\"data.json\") }}{% endblock content %}\n",
        );
        let out = dossier(&root, &["build"]);
        assert!(!out.status.success());
        let err = stderr(&out);
        assert!(err.contains("outside the dossier"), "{err}");
        assert!(!err.contains("do not publish"), "{err}");
    }
}

/// The README's table of template variables, as (templates, variables).
fn documented_variables() -> Vec<(Vec<String>, Vec<String>)> {
    let readme = read(&repo().join("README.md"));
    let table = readme
        .split("**Template variables**")
        .nth(1)
        .expect("the README has a table of template variables");
    let ticked = |cell: &str| -> Vec<String> {
        cell.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    table
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .map(|row| {
            let cells: Vec<&str> = row.split('|').collect();
            let templates = if cells[1].contains("every template") {
                Vec::new()
            } else {
                ticked(cells[1])
            };
            (templates, ticked(cells[2]))
        })
        .collect()
}

#[test]
fn every_template_variable_the_readme_names_is_defined() {
    let documented = documented_variables();
    let every = documented
        .iter()
        .find(|(t, _)| t.is_empty())
        .map(|(_, v)| v.clone())
        .expect("an `every template` row");
    assert!(every.contains(&"site.title".to_string()), "{every:?}");
    let site = fixture("basic");
    let root = site.path();
    use_theme(root, "vars");
    let mut templates = Vec::new();
    for (names, vars) in documented.iter().filter(|(t, _)| !t.is_empty()) {
        for template in names {
            let checks: String = every
                .iter()
                .chain(vars)
                .map(|v| format!("{{% if {v} is undefined %}}MISSING:{v} {{% endif %}}"))
                .collect();
            put(
                root,
                &format!("themes/vars/templates/{template}"),
                &format!(
                    "{{% extends \"default/{template}\" %}}{{% block content %}}{{{{ super() }}}}<div id=\"vars\" data-template=\"{template}\">{checks}checked</div>{{% endblock content %}}"
                ),
            );
            templates.push(template.clone());
        }
    }
    dossier_ok(root, &["build", "--quiet"]);
    let mut seen = std::collections::BTreeSet::new();
    for entry in walkdir::WalkDir::new(root.join("output")) {
        let entry = entry.expect("readable");
        if entry.path().extension().is_some_and(|e| e == "html") {
            let html = read(entry.path());
            assert!(
                !html.contains("MISSING:"),
                "{}: {}",
                entry.path().display(),
                html.split("MISSING:")
                    .skip(1)
                    .map(|s| s.split(' ').next().unwrap_or(""))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            for t in &templates {
                if html.contains(&format!("data-template=\"{t}\">"))
                    && html.contains("checked</div>")
                {
                    seen.insert(t.clone());
                }
            }
        }
    }
    let all: std::collections::BTreeSet<String> = templates.into_iter().collect();
    assert_eq!(
        seen, all,
        "every documented template was rendered and checked"
    );
}
