namespace Codegen.Generator.Parsing.Model;

/// <summary>
/// What a reference's <c>SchemaNumber</c> is. The readers number each schema id when they first meet it (the schema
/// table's number, which <see cref="SchemaIndex"/> maps to a place in <see cref="ApiDocument.Schemas"/>), so a reference
/// they read carries the number beside the id: the binder then finds the schema by it, without hashing an id of some
/// 60 characters again (the binder looks up some 320,000 references in a 10,000-schema description). The id stays the
/// reference; the number only finds it faster, and the binder checks that the schema it finds holds that very id.
/// </summary>
internal static class SchemaNumbers
{
    /// <summary>No number: the reference was made without one (a model built by hand, a schema made up by a reader).</summary>
    public const int Unknown = -1;
}
