// `jobhunt reference`: docs/commands.md generated from the command table.
// Hidden, because it exists for scripts/gen-docs and the docs freshness test.

/// Registered in the root table; public so test tables can include it too.
package enum ReferenceCommand {
    package static let spec = CommandSpec(
        name: "reference",
        abstract: "Print the Markdown command reference (docs/commands.md)",
        isHidden: true,
        run: { context in context.output.print(ReferenceRenderer.markdown(context.root)) })
}
