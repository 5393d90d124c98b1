using Codegen.Generator.Binding;
using Codegen.Generator.Parsing;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Tests.Schemas;

/// <summary>
/// <see cref="SchemaShapes.EffectiveProperties(ApiSchema)"/> merges allOf parts, parts first: a later definition of
/// a name wins, a name required anywhere is required, and each part is merged once. A schema that extends its first
/// part (which does not lead back to it) with inline parts of its own starts from that part's merged properties;
/// others are walked (G's second part was merged with its first, and is not merged again). Both must give what the walk
/// gives, whichever schema is asked first.
/// </summary>
public sealed class AllOfMergeTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: { title: Merges, version: "1" }
        paths: {}
        components:
          schemas:
            A: { allOf: [ { $ref: "#/components/schemas/B" }, { type: object, properties: { a: { type: integer } }, required: [b] } ], properties: { c: { type: string } } }
            B: { allOf: [ { $ref: "#/components/schemas/C" } ], properties: { b: { type: string } } }
            C: { type: object, properties: { a: { type: string }, b: { type: integer } } }
            D: { allOf: [ { $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/E" } ] }
            E: { type: object, properties: { e: { type: string } } }
            F: { allOf: [ { $ref: "#/components/schemas/E" } ], properties: { a: { type: integer } } }
            G: { allOf: [ { $ref: "#/components/schemas/B" }, { $ref: "#/components/schemas/C" } ] }
            X: { allOf: [ { $ref: "#/components/schemas/Y" }, { type: object, properties: { x: { type: string } } } ] }
            Y: { allOf: [ { $ref: "#/components/schemas/X" } ] }
        """;

    /// <summary>Each schema's merged properties: name, type, and ! when required.</summary>
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["A"] = "a:integer b:string! c:string",
        ["B"] = "a:string b:string",
        ["C"] = "a:string b:integer",
        ["D"] = "a:integer b:string! c:string e:string",
        ["E"] = "e:string",
        ["F"] = "e:string a:integer",
        ["G"] = "a:string b:string",
        ["X"] = "x:string",
        ["Y"] = "x:string",
    };

    public static TheoryData<string> Orders => new() { "ABCDEFGXY", "YXGFEDCBA", "DAGCBYFEX", "CBADXYEGF" };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Each_schema_has_the_same_merged_properties_in_whatever_order_they_are_asked(string order)
    {
        var document = OpenApiParser.Parse(SpecLoader.Load("/specs/spec.yaml", Spec, _ => null, SpecLoadOptions.Default)).Document!;
        var shapes = new SchemaShapes(document.Schemas, document.SchemaIndex);
        ApiSchema Named(string name) => document.Schemas.Single(s => s.ComponentName == name);
        string Describe(IReadOnlyList<(ApiProperty Property, bool Required)> properties)
            => string.Join(" ", properties.Select(p => p.Property.JsonName + ":" + shapes[p.Property.SchemaId].Types[0] + (p.Required ? "!" : string.Empty)));

        var merged = order.Select(name => KeyValuePair.Create(name.ToString(), Describe(shapes.EffectiveProperties(Named(name.ToString()))))).ToList();

        Assert.Equal(Expected.OrderBy(e => e.Key, StringComparer.Ordinal), merged.OrderBy(e => e.Key, StringComparer.Ordinal));
    }
}
