using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Schemas;

/// <summary>
/// Schemas named like the framework types the context must list for unions (String, Int64) still get
/// their metadata: the generated type's context property is renamed, not dropped (SYSLIB1031).
/// </summary>
public sealed class JsonContextNameTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Edge, version: "1" }
        paths: {}
        components:
          schemas:
            String:
              type: object
              properties:
                a: { type: string }
            Int64:
              type: string
              enum: [x]
            U:
              oneOf:
                - type: string
                - $ref: '#/components/schemas/String'
                - type: integer
                  format: int64
                - $ref: '#/components/schemas/Int64'
            Holder:
              type: object
              required: [u]
              properties:
                u:
                  nullable: true
                  oneOf:
                    - $ref: '#/components/schemas/U'
                    - type: boolean
        """;

    private static readonly Lazy<GeneratedModels> Lazy = new(() => GeneratedModels.FromText(Spec));

    [Fact]
    public void Colliding_generated_types_get_a_suffixed_context_property_and_both_have_metadata()
    {
        var context = Lazy.Value.Text("EdgeJsonContext");

        Assert.Contains("[global::System.Text.Json.Serialization.JsonSerializable(typeof(global::Schemas.Client.String), TypeInfoPropertyName = \"String2\")]", context, StringComparison.Ordinal);
        Assert.Contains("[global::System.Text.Json.Serialization.JsonSerializable(typeof(string))]", context, StringComparison.Ordinal);
        Assert.NotNull(Lazy.Value.TypeInfo("String"));
        Assert.NotNull(Lazy.Value.TypeInfo("Int64"));
    }

    [Theory]
    [InlineData("\"text\"", "String")]
    [InlineData("{\"a\":\"b\"}", "String2")]
    [InlineData("7", "Int64")]
    public void A_union_of_same_named_alternatives_reads_each_one(string json, string property)
    {
        var union = Lazy.Value.RoundTrip("U", json);

        // oneOf: the one alternative that fits is set, and no other.
        var set = new[] { "String", "String2", "Int64", "Int642" }.Where(p => GeneratedModels.Get(union, p) is not null);
        Assert.Equal([property], set);
    }

    [Fact]
    public void A_nullable_inline_union_is_a_required_nullable_property_and_null_round_trips()
    {
        Assert.Contains("public required global::Schemas.Client.HolderU? U { get; init; }", Lazy.Value.Text("Holder"), StringComparison.Ordinal);
        Lazy.Value.RoundTrip("Holder", """{"u":null}""");
        Lazy.Value.RoundTrip("Holder", """{"u":true}""");
        Lazy.Value.RoundTrip("Holder", """{"u":"s"}""");
    }
}
