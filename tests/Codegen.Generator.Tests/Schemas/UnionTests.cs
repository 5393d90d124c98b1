using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Schemas;

/// <summary>
/// oneOf/anyOf without a discriminator: a sealed union record with one nullable property per alternative
/// and the JSON as read. The converter picks by JSON kind, required properties and best match.
/// </summary>
public sealed class UnionTests
{
    private static GeneratedModels Models => SchemaSpecs.Composition.Value;

    [Fact]
    public void A_union_has_one_nullable_property_per_alternative_named_after_it()
    {
        var text = Models.Text("PaymentMethod");

        Assert.Contains("public sealed partial record PaymentMethod\n", text, StringComparison.Ordinal);
        Assert.Contains("public global::Schemas.Client.Card? Card { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("public global::Schemas.Client.BankAccount? BankAccount { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("public global::System.Text.Json.JsonElement? Json { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("oneOf: the alternative that fits the JSON value best is set.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"cardNumber":"4111","expiry":"12/30"}""", "Card")]
    [InlineData("""{"iban":"GB00","note":"x"}""", "BankAccount")]
    public void Object_alternatives_are_told_apart_by_their_required_properties(string json, string expected)
    {
        var method = Models.RoundTrip("PaymentMethod", json);

        Assert.NotNull(GeneratedModels.Get(method, expected));
        Assert.Null(GeneratedModels.Get(method, expected == "Card" ? "BankAccount" : "Card"));
    }

    [Theory]
    [InlineData("42", "Int64")]
    [InlineData("\"abc\"", "String")]
    [InlineData("[\"a\",\"b\"]", "StringList")]
    public void Primitive_and_array_alternatives_are_told_apart_by_json_kind(string json, string expected)
    {
        var identifier = Models.RoundTrip("Identifier", json);

        // oneOf: the one alternative that fits is set, and no other.
        var set = new[] { "Int64", "String", "StringList" }.Where(p => GeneratedModels.Get(identifier, p) is not null);
        Assert.Equal([expected], set);
    }

    [Fact]
    public void A_value_no_alternative_fits_is_kept_and_written_back()
    {
        var identifier = Models.RoundTrip("Identifier", """{"unexpected":true}""");

        Assert.Null(GeneratedModels.Get(identifier, "Int64"));
        Assert.Null(GeneratedModels.Get(identifier, "String"));
        Assert.NotNull(GeneratedModels.Get(identifier, "Json"));

        var method = Models.RoundTrip("PaymentMethod", """{"paypal":"me@example.com"}""");
        Assert.Null(GeneratedModels.Get(method, "Card"));
    }

    [Fact]
    public void AnyOf_sets_every_alternative_that_reads()
    {
        var contact = Models.RoundTrip("Contact", """{"email":"a@b.c","phone":"123"}""");

        Assert.NotNull(GeneratedModels.Get(contact, "Option1"));
        Assert.NotNull(GeneratedModels.Get(contact, "Option2"));
    }

    [Fact]
    public void Unions_inside_records_round_trip_and_equal_json_reads_to_equal_values()
    {
        const string json = """{"method":{"iban":"GB00"},"id":["x","y"],"contact":{"phone":"1"}}""";

        Models.RoundTrip("Payment", json);
        Assert.Equal(Models.Read("Payment", json), Models.Read("Payment", json));
        Assert.NotEqual(Models.Read("Payment", json), Models.Read("Payment", json.Replace("\"y\"", "\"z\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_union_made_in_code_writes_its_alternative_and_equals_the_same_value_read()
    {
        var made = Models.Call("CompositionProbe", "Card", "4111")!;

        Assert.Equal("""{"cardNumber":"4111"}""", Models.Write("PaymentMethod", made));
        Assert.Equal(made, Models.Read("PaymentMethod", """{"cardNumber":"4111"}"""));
    }
}
