using Codegen.Generator.Binding;
using Codegen.Generator.Parsing;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Tests.Schemas;

/// <summary>
/// <see cref="SchemaShapes.Unwrap(ApiSchema)"/> follows wrappers (here single-part allOfs) to the schema with the shape.
/// A chain is walked once and its result shared by every wrapper on it; a cycle stops where it comes back, which
/// depends on where the walk started. The answers must not depend on the order schemas are asked about.
/// </summary>
public sealed class WrapperChainTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Wrappers, version: "1" }
        paths: {}
        components:
          schemas:
            A: { allOf: [ { $ref: "#/components/schemas/B" } ] }
            B: { allOf: [ { $ref: "#/components/schemas/C" } ] }
            C: { type: object, properties: { v: { type: string } } }
            D: { allOf: [ { $ref: "#/components/schemas/B" } ] }
            X: { allOf: [ { $ref: "#/components/schemas/Y" } ] }
            Y: { allOf: [ { $ref: "#/components/schemas/X" } ] }
            Z: { allOf: [ { $ref: "#/components/schemas/X" } ] }
        """;

    private static readonly Dictionary<string, string> Expected = new()
    {
        ["A"] = "C", ["B"] = "C", ["C"] = "C", ["D"] = "C",
        ["X"] = "X", ["Y"] = "Y", ["Z"] = "X",
    };

    public static TheoryData<string> Orders => new() { "ABCDXYZ", "ZYXDCBA", "BADCZXY", "DZAYBXC", "CXZYDBA" };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Each_schema_unwraps_to_the_same_schema_in_whatever_order_they_are_asked(string order)
    {
        var document = OpenApiParser.Parse(SpecLoader.Load("/specs/spec.yaml", Spec, _ => null, SpecLoadOptions.Default)).Document!;
        var shapes = new SchemaShapes(document.Schemas, document.SchemaIndex);
        ApiSchema Named(string name) => document.Schemas.Single(s => s.ComponentName == name);

        var unwrapped = order.Select(name => (Name: name.ToString(), To: shapes.Unwrap(Named(name.ToString())).ComponentName)).ToList();

        Assert.Equal(Expected.OrderBy(e => e.Key, StringComparer.Ordinal), unwrapped.Select(u => KeyValuePair.Create(u.Name, u.To!)).OrderBy(e => e.Key, StringComparer.Ordinal));
    }
}
