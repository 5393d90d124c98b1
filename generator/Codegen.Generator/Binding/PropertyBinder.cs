using System.Collections.Generic;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// Binds one property of an object schema. Requiredness × nullability:
/// <list type="bullet">
/// <item>required, not nullable → <c>required T</c> (missing or null on the wire is a JsonException);</item>
/// <item>required, nullable (3.0 <c>nullable: true</c>, 3.1 <c>type: [T, "null"]</c>) → <c>required T?</c>;</item>
/// <item>optional → <c>T?</c>, left out of the JSON when null;</item>
/// <item>readOnly/writeOnly → optional <c>T?</c>: the value travels in one direction only, so C# cannot require it in both.</item>
/// </list>
/// </summary>
internal sealed class PropertyBinder
{
    private readonly SchemaShapes _shapes;
    private readonly TypeResolver _types;
    private readonly List<SpecDiagnostic> _diagnostics;

    public PropertyBinder(SchemaShapes shapes, TypeResolver types, List<SpecDiagnostic> diagnostics)
    {
        _shapes = shapes;
        _types = types;
        _diagnostics = diagnostics;
    }

    /// <param name="typeName">The record's name: a member may not share it.</param>
    /// <param name="scope">The record's member names, claimed in property order.</param>
    /// <param name="target">The property's schema.</param>
    public PropertyModel Bind(ApiProperty property, bool required, SchemaEntry target, string typeName, NameScope scope)
    {
        var schema = target.Schema;
        var desired = IdentifierNames.Pascal(property.JsonName, "Property");
        var name = Renames.Claim(scope, desired, property.JsonName, property.Location, _diagnostics);

        var unwrapped = _shapes.Unwrap(target).Schema;
        var readOnly = schema.ReadOnly || unwrapped.ReadOnly;
        var writeOnly = schema.WriteOnly || unwrapped.WriteOnly;
        var isRequired = required && !readOnly && !writeOnly;
        var nullable = !isRequired || _types.IsNullable(target);
        var type = _types.Resolve(target);
        var backing = BackingFields.For(type, name);

        var summary = property.Description ?? schema.Description ?? schema.Title ?? unwrapped.Description ?? unwrapped.Title;
        // C# rejects [Obsolete] on a required member (CS9042: every object initializer would have to use it), so a
        // deprecated property that is still required says so in its remarks only.
        var deprecatedButRequired = schema.Deprecated && isRequired;
        var remarks = PropertyRemarks.Of(schema, unwrapped, readOnly, writeOnly);
        if (deprecatedButRequired)
        {
            remarks = "Deprecated in the API description, but still required: set it until the API stops requiring it." + (remarks is null ? string.Empty : "\n" + remarks);
        }

        var docs = Documentation.Of(summary, remarks);
        // Secrets stay out of ToString (and so out of logs): write-only values, passwords, and what the spec marks sensitive.
        var sensitive = writeOnly || IsSensitive(schema) || IsSensitive(unwrapped);
        return new PropertyModel(name, property.JsonName, type, nullable, isRequired, docs, schema.Deprecated && !deprecatedButRequired, backing, Sensitive: sensitive);
    }

    private static bool IsSensitive(ApiSchema schema)
        => schema.Sensitive || string.Equals(schema.Format, "password", System.StringComparison.Ordinal);
}
