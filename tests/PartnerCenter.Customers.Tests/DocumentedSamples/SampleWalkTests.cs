using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerCenter.Customers.Tests.DocumentedSamples;

/// <summary>
/// The sample walk itself: it finds a model that does not hold the document, wherever the difference is. Without these,
/// a walk that compared nothing would let every sample pass.
/// </summary>
public sealed class SampleWalkTests
{
    private static readonly SpecSchema CustomerSchema = SpecSchema.Component("Customer");

    [Fact]
    public void A_model_read_from_the_document_holds_it()
    {
        var walk = WalkCustomer(Samples.Corrected, Json.ReadCustomer(Samples.Corrected));

        Assert.Empty(walk.Problems);
        Assert.Empty(walk.Deviations);
    }

    [Fact]
    public void A_different_value_is_reported_at_its_path()
    {
        var customer = Json.ReadCustomer(Samples.Corrected);

        var walk = WalkCustomer(Samples.Corrected, customer with { CommerceId = "another" });

        Assert.Contains(walk.Problems, problem => problem.StartsWith("$.commerceId is \"99e6a635-48e7-424d-9059-c9db944e3c54\", but the model holds the string \"another\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_different_value_deep_in_the_document_is_reported_at_its_path()
    {
        var customer = Json.ReadCustomer(Samples.Corrected);
        var billing = customer.BillingProfile!;

        var walk = WalkCustomer(Samples.Corrected, customer with
        {
            BillingProfile = billing with { DefaultAddress = billing.DefaultAddress! with { City = "Redmond" } },
        });

        Assert.Contains(walk.Problems, problem => problem.StartsWith("$.billingProfile.defaultAddress.city is \"redmond\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_different_list_item_and_a_different_count_are_reported()
    {
        var customer = Json.ReadCustomer(Samples.Corrected);

        Assert.Contains(WalkCustomer(Samples.Corrected, customer with { Tags = ["TestCustomer", "UKCustomer"] }).Problems, problem => problem.StartsWith("$.tags[1] is", StringComparison.Ordinal));
        Assert.Contains(WalkCustomer(Samples.Corrected, customer with { Tags = ["TestCustomer"] }).Problems, problem => problem == "$.tags has 2 items, the model 1.");
    }

    [Fact]
    public void A_value_the_document_does_not_have_is_reported_as_invented()
    {
        var customer = Json.ReadCustomer(Samples.Corrected);

        var walk = WalkCustomer(Samples.Corrected, customer with { AssociatedPartnerId = "484e548c-f5f3-4528-93a9-c16c6373cb59" });

        Assert.Contains(walk.Problems, problem => problem.StartsWith("$.associatedPartnerId is absent from the document", StringComparison.Ordinal));
    }

    [Fact]
    public void A_declared_member_found_among_the_additional_properties_is_reported()
    {
        // What a model whose JSON name for commerceId was wrong would hold: the value untyped, the property null.
        var customer = Json.ReadCustomer(Samples.Corrected);
        var misread = customer with
        {
            CommerceId = null,
            AdditionalProperties = new Dictionary<string, JsonElement> { ["commerceId"] = JsonDocument.Parse("\"99e6a635-48e7-424d-9059-c9db944e3c54\"").RootElement.Clone() },
        };

        var walk = WalkCustomer(Samples.Corrected, misread);

        Assert.Contains(walk.Problems, problem => problem.StartsWith("$.commerceId is \"99e6a635-48e7-424d-9059-c9db944e3c54\", but the model holds null", StringComparison.Ordinal));
        Assert.Contains(walk.Problems, problem => problem == "$: AdditionalProperties holds [commerceId], the undeclared members are [].");
    }

    [Fact]
    public void An_undeclared_member_must_be_kept_among_the_additional_properties()
    {
        var document = JsonNode.Parse(Samples.Corrected)!.AsObject();
        document["futureField"] = new JsonObject { ["nested"] = new JsonArray(1, 2) };
        var withUnknown = document.ToJsonString();

        Assert.Empty(WalkCustomer(withUnknown, Json.ReadCustomer(withUnknown)).Problems);
        Assert.Contains(
            WalkCustomer(withUnknown, Json.ReadCustomer(Samples.Corrected)).Problems,
            problem => problem == "$.futureField is not declared by Customer, and is not kept in Customer.AdditionalProperties.");
    }

    [Fact]
    public void An_unknown_enum_value_is_kept_and_not_known_while_another_spelling_is_a_difference()
    {
        var document = JsonNode.Parse(Samples.Corrected)!.AsObject();
        document["relationshipToPartner"] = "distributor_2031";
        var unknownValue = document.ToJsonString();

        Assert.Empty(WalkCustomer(unknownValue, Json.ReadCustomer(unknownValue)).Problems);
        Assert.Contains(
            WalkCustomer(Samples.Corrected, Json.ReadCustomer(Samples.Corrected) with { RelationshipToPartner = new RelationshipToPartner("Reseller") }).Problems,
            problem => problem.StartsWith("$.relationshipToPartner is \"reseller\", but the model's value is \"Reseller\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_time_must_keep_its_instant_and_its_offset()
    {
        const string Document = """{"qualification":"Education","vettingCreateDate":"2020-12-04T20:54:24Z"}""";
        var sameInstantOtherOffset = new CustomerQualification
        {
            Qualification = QualificationType.Education,
            VettingCreateDate = new DateTimeOffset(2020, 12, 4, 21, 54, 24, TimeSpan.FromHours(1)),
        };

        var walk = SampleWalk.Run(JsonNode.Parse(Document), sameInstantOtherOffset, SpecSchema.Component("CustomerQualification"), PartnerCenterCustomersJsonContext.Default.CustomerQualification);

        Assert.Contains(walk.Problems, problem => problem.StartsWith("$.vettingCreateDate is \"2020-12-04T20:54:24Z\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_null_member_is_a_deviation_when_the_model_holds_null_and_a_problem_when_it_holds_a_value()
    {
        var document = JsonNode.Parse(Samples.Corrected)!.AsObject();
        document["associatedPartnerId"] = null;
        var withNull = document.ToJsonString();

        var nullRead = WalkCustomer(withNull, Json.ReadCustomer(withNull));
        var valueHeld = WalkCustomer(withNull, Json.ReadCustomer(withNull) with { AssociatedPartnerId = "p" });

        Assert.Empty(nullRead.Problems);
        Assert.Equal(["$.associatedPartnerId: null, written as absent"], nullRead.Deviations);
        Assert.Contains(valueHeld.Problems, problem => problem.StartsWith("$.associatedPartnerId is JSON null, but the model holds", StringComparison.Ordinal));
    }

    private static SampleWalk WalkCustomer(string document, Customer model) =>
        SampleWalk.Run(JsonNode.Parse(document), model, CustomerSchema, PartnerCenterCustomersJsonContext.Default.Customer);
}
