namespace Codegen.Generator.Parsing.Model;

/// <summary>
/// What a schema without a component name would be named after: where it appears, "<see cref="Start"/> <see cref="Part"/>"
/// ("Pet tags", "getPet request item"). Kept in two pieces and joined only when asked: most inline schemas (a property's
/// string, an item's integer) never become a type of their own, and a joined string for each was a good part of what
/// reading a large description kept.
/// </summary>
/// <param name="Start">The hint of the schema it appears in, or the whole hint when there is no part.</param>
/// <param name="Part">What it is in that schema: a property's name, "item", "value"; null when <see cref="Start"/> is all of it.</param>
internal readonly record struct NameHint(string Start, string? Part)
{
    public static implicit operator NameHint(string whole) => new(whole, null);

    /// <summary>The hint as one text, joined with a space.</summary>
    public override string ToString() => Part is null ? Start : Start + " " + Part;
}
