using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

/// <summary><c>GET</c> and <c>POST /v1/customers/{id}/qualifications</c>.</summary>
public sealed class QualificationTests
{
    [Theory]
    [InlineData("4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04", "get-customer-qualifications.education-and-state-owned-entity.response.json")]
    [InlineData("c5757d70-06f3-4f23-8367-5a9e55019f94", "get-customer-qualifications.approved.response.json")]
    [InlineData("7b26b357-9ca3-48b8-a58e-4febe2662a5d", "get-customer-qualifications.in-review.response.json")]
    [InlineData("bfbd6ef0-311f-47ec-bbd7-0fcb7846661b", "get-customer-qualifications.denied.response.json")]
    [InlineData("53eb21cb-6b2d-4ee5-9e92-27dfc927e93c", "get-customer-qualifications.state-owned-entity.response.json")]
    [InlineData("3dfe847b-cad9-4fc1-86d3-cf16c2790087", "get-customer-qualifications.gcc-and-state-owned-entity.response.json")]
    public async Task The_documented_qualification_bodies_are_served(string customerId, string sample)
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        var qualifications = await ReadAsync(client, customerId);

        Samples.AssertSameJson(Samples.Json(sample), qualifications);
    }

    [Fact]
    public async Task A_customer_without_qualifications_has_an_empty_list()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        Assert.Empty(await ReadAsync(client, EmulatorSeed.DocumentedCustomerId));
    }

    [Fact]
    public async Task An_education_application_is_201_in_review_dated_on_the_emulators_clock_and_then_listed()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2020, 12, 4, 20, 54, 24, 300, TimeSpan.Zero));
        await using var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions(), clock);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await ApplyAsync(client, EmulatorSeed.DocumentedCustomerId, Samples.Text("create-customer-qualification.education.request.json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        // The documented answer, which was dated 2020-12-04T20:54:24Z: whole seconds, UTC.
        var body = await ResponseAssert.JsonBodyAsync(response);
        Samples.AssertSameJson(Samples.Json("create-customer-qualification.response.json"), body);
        Samples.AssertSameJson(new JsonArray(body.DeepClone()), await ReadAsync(client, EmulatorSeed.DocumentedCustomerId));
    }

    [Theory]
    [InlineData("create-customer-qualification.state-owned-entity.request.json", """{"qualification":"StateOwnedEntity"}""")]
    [InlineData("create-customer-qualification.gcc.request.json", """{"qualification":"GovernmentCommunityCloud","vettingStatus":"InReview","vettingCreateDate":"2024-01-02T03:04:05Z"}""")]
    public async Task The_other_documented_applications_are_accepted(string requestSample, string expected)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await using var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions(), clock);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await ApplyAsync(client, EmulatorSeed.DocumentedCustomerId, Samples.Text(requestSample));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Samples.AssertSameJson(JsonNode.Parse(expected)!, await ResponseAssert.JsonBodyAsync(response));
    }

    [Fact]
    public async Task Applying_again_for_a_kind_held_or_in_review_is_400_but_a_denied_one_can_be_applied_for_again()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var education = Samples.Text("create-customer-qualification.education.request.json");

        using var approved = await ApplyAsync(client, "c5757d70-06f3-4f23-8367-5a9e55019f94", education);
        using var inReview = await ApplyAsync(client, "7b26b357-9ca3-48b8-a58e-4febe2662a5d", education);
        using var denied = await ApplyAsync(client, "bfbd6ef0-311f-47ec-bbd7-0fcb7846661b", education);

        await ResponseAssert.PartnerCenterErrorAsync(approved, HttpStatusCode.BadRequest, "3000");
        await ResponseAssert.PartnerCenterErrorAsync(inReview, HttpStatusCode.BadRequest, "3000");
        Assert.Equal(HttpStatusCode.Created, denied.StatusCode);
        var now = Assert.Single(await ReadAsync(client, "bfbd6ef0-311f-47ec-bbd7-0fcb7846661b"))!;
        Assert.Equal("InReview", now["vettingStatus"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"qualification":"None"}""")]
    [InlineData("""{"qualification":"Nonprofit"}""")]
    [InlineData("""{"qualification":"Charity"}""")]
    [InlineData("""{}""")]
    [InlineData("""{"qualification":"Education"}""")]
    [InlineData("""{"qualification":"Education","educationSegment":"University"}""")]
    [InlineData("""{"qualification":"GovernmentCommunityCloud"}""")]
    [InlineData("""{"qualification":"GovernmentCommunityCloud","validationCode":" "}""")]
    [InlineData("create-customer-qualification.education.request.published.json")] // with a comment, as published: not JSON
    public async Task An_application_that_cannot_be_accepted_is_400_with_code_3000(string bodyOrSample)
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var body = bodyOrSample.EndsWith(".json", StringComparison.Ordinal) ? Samples.Text(bodyOrSample) : bodyOrSample;

        using var response = await ApplyAsync(client, EmulatorSeed.DocumentedCustomerId, body);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.BadRequest, "3000");
        Assert.Empty(await ReadAsync(client, EmulatorSeed.DocumentedCustomerId));
    }

    [Fact]
    public async Task Qualifications_of_an_unknown_customer_are_404()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        const string unknown = "00000000-1111-2222-3333-444444444444";

        using var read = await PartnerCenterRequest.SendAsync(client, PartnerCenterRequest.CustomerPath(unknown) + "/qualifications");
        using var apply = await ApplyAsync(client, unknown, Samples.Text("create-customer-qualification.state-owned-entity.request.json"));

        await ResponseAssert.PartnerCenterErrorAsync(read, HttpStatusCode.NotFound, "60003");
        await ResponseAssert.PartnerCenterErrorAsync(apply, HttpStatusCode.NotFound, "60003");
    }

    private static Task<HttpResponseMessage> ApplyAsync(HttpClient client, string customerId, string body) =>
        PartnerCenterWrite.SendAsync(client, HttpMethod.Post, PartnerCenterRequest.CustomerPath(customerId) + "/qualifications", body);

    private static async Task<JsonArray> ReadAsync(HttpClient client, string customerId)
    {
        using var response = await PartnerCenterRequest.SendAsync(client, PartnerCenterRequest.CustomerPath(customerId) + "/qualifications");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return Assert.IsType<JsonArray>(JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }
}
