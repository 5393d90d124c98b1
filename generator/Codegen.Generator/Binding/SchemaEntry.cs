using System;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// A schema of the document and its position among the document's schemas. Binders find it by id once
/// (<see cref="SchemaShapes.Entry"/>) and then keep it: what they ask of a schema is kept in arrays by
/// <see cref="Index"/> (<see cref="SchemaShapes"/>, <see cref="TypeResolver"/>). A schema id is a JSON pointer of
/// some 60 characters, and hashing it for every question was most of binding's time in a large description.
/// </summary>
internal readonly struct SchemaEntry : IEquatable<SchemaEntry>
{
    public SchemaEntry(ApiSchema schema, int index)
    {
        Schema = schema;
        Index = index;
    }

    public ApiSchema Schema { get; }

    /// <summary>Its position in the document's schemas, which are in the order they were read.</summary>
    public int Index { get; }

    public bool Equals(SchemaEntry other) => Index == other.Index && ReferenceEquals(Schema, other.Schema);

    public override bool Equals(object? obj) => obj is SchemaEntry other && Equals(other);

    public override int GetHashCode() => Index;
}
