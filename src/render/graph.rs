//! Who appears with whom, drawn as SVG at build time: each entity's neighbourhood (its
//! [`related`](crate::link::EntityNode::related) entities, weighted by the articles they
//! share) on its page, and the whole dossier's co-mention graph on `graph/`.
//!
//! A neighbourhood is a star, laid out on a circle, heaviest tie first. The whole graph is
//! laid out by `fjadra` (a port of d3-force) with a fixed number of ticks from its fixed seed,
//! so every build draws the same picture. It holds the [`GRAPH_NODES`] most mentioned entities
//! and at most [`GRAPH_EDGES`] ties, so it does not grow with the square of the dossier. Every
//! node is a link to its page; `static/graph.js` adds zoom and the filter by kind and role.

use super::refs::entity_url;
use super::url::Urls;
use crate::link::{EntityId, Site};
use crate::load::markdown::escape;
use std::collections::HashMap;
use std::fmt::Write;
use std::hash::{Hash, Hasher};

/// Neighbours drawn around an entity at most.
pub const NEIGHBOURS: usize = 12;
/// Entities on the whole-dossier graph at most: the most mentioned.
pub const GRAPH_NODES: usize = 120;
/// Ties on the whole-dossier graph at most: the heaviest.
pub const GRAPH_EDGES: usize = 400;
/// Ticks of the layout: enough for `fjadra`'s default cooling to settle.
const TICKS: usize = 300;

/// `x` to a tenth, without a trailing `.0`: most points of a circle laid out on a 360 by 300
/// picture fall on whole numbers, and the pictures are on every entity's page.
fn num(x: f64) -> String {
    let s = format!("{x:.1}");
    match s.strip_suffix(".0") {
        Some(whole) if whole != "-0" => whole.to_string(),
        Some(_) => "0".to_string(),
        None => s,
    }
}

/// A point and its coordinates as the SVG writes them, formatted once: a neighbour's point
/// is written for its node and again for each of its ties (up to 12 on every entity's page).
struct Spot {
    at: Point,
    x: String,
    y: String,
}

impl Spot {
    fn new(at: Point) -> Spot {
        Spot {
            at,
            x: num(at.0),
            y: num(at.1),
        }
    }
}

fn node(site: &Site, urls: &Urls, id: EntityId, spot: &Spot, r: f64, class: &str) -> String {
    let e = site.entity(id);
    let roles: Vec<&str> = e.roles.iter().map(|r| r.as_str()).collect();
    let (x, y) = (&spot.x, &spot.y);
    let (label_y, r) = (num(spot.at.1 + r + 11.0), num(r));
    format!(
        "<a href=\"{}\" class=\"node {class} kind-{}\" data-kind=\"{}\" data-roles=\"{}\"><title>{}</title><circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\"/><text x=\"{x}\" y=\"{label_y}\">{}</text></a>",
        escape(&entity_url(urls, e)),
        e.kind.as_str(),
        e.kind.as_str(),
        roles.join(" "),
        escape(&e.name),
        escape(&e.name),
    )
}

/// Where a node is drawn.
type Point = (f64, f64);

/// How thick a tie of `weight` shared articles is drawn.
fn width(weight: u32) -> f64 {
    (1.0 + f64::from(weight).ln()).min(6.0)
}

/// A tie of the whole graph, between its nodes `i` and `j`, which `graph.js` hides with them.
fn line(a: (f64, f64), b: (f64, f64), weight: u32, (i, j): (usize, usize)) -> String {
    format!(
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke-width=\"{}\" data-a=\"{i}\" data-b=\"{j}\"/>",
        num(a.0),
        num(a.1),
        num(b.0),
        num(b.1),
        num(width(weight))
    )
}

/// Ties that no script picks out, as one path per thickness: a neighbourhood of twelve draws
/// up to 78 ties on every entity's page, and a `<line>` each took most of the picture's bytes.
/// A tie is `(a, b, weight)`, `a` and `b` indices into `spots`.
fn paths(spots: &[Spot], ties: &[(usize, usize, u32)]) -> String {
    let mut by_width: Vec<(String, String)> = Vec::new();
    for &(a, b, weight) in ties {
        let (a, b) = (&spots[a], &spots[b]);
        let w = num(width(weight));
        let at = match by_width.iter().position(|(x, _)| *x == w) {
            Some(i) => i,
            None => {
                by_width.push((w, String::new()));
                by_width.len() - 1
            }
        };
        let _ = write!(by_width[at].1, "M{} {}L{} {}", a.x, a.y, b.x, b.y);
    }
    by_width
        .iter()
        .map(|(w, d)| format!("<path stroke-width=\"{w}\" d=\"{d}\"/>"))
        .collect()
}

/// The SVG of an entity's neighbourhood: the entity in the middle, its heaviest ties around
/// it, and the ties among them. Empty when it has none.
pub fn neighbourhood(site: &Site, urls: &Urls, id: EntityId) -> String {
    let e = site.entity(id);
    let around: Vec<(EntityId, u32)> = e.related.iter().take(NEIGHBOURS).copied().collect();
    if around.is_empty() {
        return String::new();
    }
    let (w, h, radius) = (360.0, 300.0, 110.0);
    let centre = (w / 2.0, h / 2.0 - 8.0);
    // The centre is spot 0, neighbour `i` spot `i + 1`.
    let spots: Vec<Spot> = std::iter::once(centre)
        .chain((0..around.len()).map(|i| {
            let angle = std::f64::consts::TAU * i as f64 / around.len() as f64
                - std::f64::consts::FRAC_PI_2;
            (
                centre.0 + radius * angle.cos(),
                centre.1 + radius * angle.sin(),
            )
        }))
        .map(Spot::new)
        .collect();
    let mut svg = format!(
        "<svg class=\"neighbourhood\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{}\"><g class=\"edges\">",
        escape(&site.config.i18n.fill(
            "neighbourhood_label",
            &[("name", &e.name), ("n", &around.len().to_string())]
        ))
    );
    let mut ties = Vec::new();
    for (i, &(other, shared)) in around.iter().enumerate() {
        ties.push((0, i + 1, shared));
        // Ties among the neighbours, each once.
        for (j, &(third, _)) in around.iter().enumerate().skip(i + 1) {
            if let Some(&(_, n)) = site.entity(other).related.iter().find(|(r, _)| *r == third) {
                ties.push((i + 1, j + 1, n));
            }
        }
    }
    svg.push_str(&paths(&spots, &ties));
    svg.push_str("</g><g class=\"nodes\">");
    svg.push_str(&node(site, urls, id, &spots[0], 9.0, "centre"));
    for (i, &(other, _)) in around.iter().enumerate() {
        svg.push_str(&node(site, urls, other, &spots[i + 1], 6.0, ""));
    }
    svg.push_str("</g></svg>");
    svg
}

/// Hashes what [`neighbourhood`] draws for `id` (its neighbours, their ties and how each is
/// named and linked), so serve can tell whether the picture changed without drawing it.
pub fn hash_neighbourhood(site: &Site, id: EntityId, h: &mut impl Hasher) {
    let around = &site.entity(id).related[..site.entity(id).related.len().min(NEIGHBOURS)];
    for &(other, shared) in around {
        let o = site.entity(other);
        (&o.name, o.kind, &o.slug, &o.roles, shared).hash(h);
        for &(third, _) in around {
            o.related.iter().find(|(r, _)| *r == third).hash(h);
        }
    }
}

/// A hash of everything the `graph/` page shows, comparable across two builds: serve lays
/// the graph out again only when it changed, since the layout is the costliest page of a save.
pub fn signature(site: &Site) -> u64 {
    let (ids, edges) = graph_parts(site);
    let mut h = rustc_hash::FxHasher::default();
    for &e in &ids {
        let n = site.entity(e);
        (&n.name, n.kind, &n.slug, &n.roles, n.mention_count).hash(&mut h);
    }
    edges.hash(&mut h);
    h.finish()
}

/// The entities and ties of the whole-dossier graph: the most mentioned entities, and the
/// heaviest ties among them (each once, `a < b`).
pub fn graph_parts(site: &Site) -> (Vec<EntityId>, Vec<(usize, usize, u32)>) {
    let mut ids: Vec<EntityId> = (0..site.entities.len())
        .map(|i| EntityId(i as u32))
        .filter(|&e| !site.entity(e).appearances.is_empty())
        .collect();
    ids.sort_by_key(|&e| (std::cmp::Reverse(site.entity(e).mention_count), e));
    ids.truncate(GRAPH_NODES);
    let index: HashMap<EntityId, usize> = ids.iter().enumerate().map(|(i, e)| (*e, i)).collect();
    let mut edges: Vec<(usize, usize, u32)> = Vec::new();
    for (i, &e) in ids.iter().enumerate() {
        for &(other, shared) in &site.entity(e).related {
            if let Some(&j) = index.get(&other)
                && i < j
            {
                edges.push((i, j, shared));
            }
        }
    }
    edges.sort_by_key(|&(a, b, w)| (std::cmp::Reverse(w), a, b));
    edges.truncate(GRAPH_EDGES);
    (ids, edges)
}

/// The SVG of the whole-dossier graph.
pub fn whole(site: &Site, urls: &Urls) -> String {
    let (ids, edges) = graph_parts(site);
    if ids.is_empty() {
        return String::new();
    }
    let radius = |e: EntityId| 4.0 + (site.entity(e).mention_count as f64).sqrt().min(12.0);
    let mut sim = fjadra::SimulationBuilder::default()
        .build(ids.iter().map(|_| fjadra::Node::default()))
        .add_force(
            "link",
            fjadra::Link::new(edges.iter().map(|&(a, b, _)| (a, b))).distance(70.0),
        )
        .add_force("charge", fjadra::ManyBody::new().strength(-90.0))
        .add_force("x", fjadra::PositionX::new().strength(0.05))
        .add_force("y", fjadra::PositionY::new().strength(0.05))
        .add_force("collide", {
            let radii: Vec<f64> = ids.iter().map(|&e| radius(e) + 6.0).collect();
            fjadra::Collide::new().radius(move |i| radii.get(i).copied().unwrap_or(8.0))
        });
    sim.tick(TICKS);
    let at: Vec<(f64, f64)> = sim.positions().map(|[x, y]| (x, y)).collect();
    let pad = 40.0;
    let min_x = at.iter().map(|p| p.0).fold(f64::INFINITY, f64::min) - pad;
    let min_y = at.iter().map(|p| p.1).fold(f64::INFINITY, f64::min) - pad;
    let max_x = at.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max) + pad;
    let max_y = at.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max) + pad;
    let mut svg = String::with_capacity(ids.len() * 300 + edges.len() * 100);
    let _ = write!(
        svg,
        "<svg id=\"graph\" class=\"graph\" viewBox=\"{min_x:.0} {min_y:.0} {:.0} {:.0}\" role=\"img\" aria-label=\"{}\"><g class=\"edges\">",
        max_x - min_x,
        max_y - min_y,
        escape(
            &site
                .config
                .i18n
                .fill("graph_label", &[("n", &ids.len().to_string())])
        )
    );
    for &(a, b, w) in &edges {
        svg.push_str(&line(at[a], at[b], w, (a, b)));
    }
    svg.push_str("</g><g class=\"nodes\">");
    for (i, &e) in ids.iter().enumerate() {
        let n = node(site, urls, e, &Spot::new(at[i]), radius(e), "");
        // The node's index, for the filter to find its ties.
        svg.push_str(&n.replacen("<a ", &format!("<a data-i=\"{i}\" "), 1));
    }
    svg.push_str("</g></svg>");
    svg
}

/// The `graph/` page.
pub fn page(site: &Site, urls: &Urls) -> (&'static str, tera::Context) {
    let mut c = tera::Context::new();
    c.insert("graph", &whole(site, urls));
    c.insert("max_nodes", &GRAPH_NODES);
    c.insert(
        "page",
        &super::pages::meta(
            urls,
            super::pages::word(site, "graph_title"),
            "graph/",
            super::pages::word(site, "graph_lede"),
            None,
        ),
    );
    ("graph.html", c)
}

#[cfg(test)]
mod tests {
    use super::num;

    #[test]
    fn a_coordinate_is_written_to_a_tenth_without_a_trailing_zero() {
        assert_eq!(num(180.0), "180");
        assert_eq!(num(46.66), "46.7");
        assert_eq!(num(-3.0), "-3");
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(9.96), "10");
    }
}
