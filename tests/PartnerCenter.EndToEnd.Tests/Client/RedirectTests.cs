using PartnerCenter.Customers;
using PartnerCenter.EndToEnd.Tests.Infrastructure;

namespace PartnerCenter.EndToEnd.Tests.Client;

/// <summary>
/// Redirects within the endpoint's origin are followed with the token; a redirect to another origin is refused
/// with an error naming it, unless an option allows it, and even then the token stays behind.
/// </summary>
public sealed class RedirectTests
{
    private const string ImpostorJson = """{"id":"99999999-9999-9999-9999-999999999999","commerceId":"impostor"}""";

    [Fact]
    public async Task A_redirect_to_another_origin_is_refused_and_its_body_never_returned()
    {
        await using var elsewhere = FaultServer.Start(Answers.Always("200 OK", ImpostorJson));
        var target = new Uri(elsewhere.BaseAddress, "v1/customers/99999999-9999-9999-9999-999999999999?secret=query");
        await using var server = FaultServer.Start(Answers.Always("302 Found", string.Empty, $"Location: {target}"));
        await using var client = TestClients.Create(server);

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.GetCustomerByIdAsync(Guid.NewGuid()));

        Assert.Equal(PartnerCenterFailureKind.InvalidResponse, failure.Kind);
        Assert.Equal(302, failure.StatusCode);
        Assert.Contains($"a redirect to {elsewhere.BaseAddress.GetLeftPart(UriPartial.Authority)}, which was not followed", failure.Message, StringComparison.Ordinal);
        Assert.Contains("AllowCrossOriginRedirects", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret=query", failure.ToString(), StringComparison.Ordinal);
        Assert.Single(server.Requests);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task A_redirect_within_the_origin_is_followed_with_the_token()
    {
        await using var server = FaultServer.Start((request, connection) => request.Number == 1
            ? Answers.WriteAsync(connection, "307 Temporary Redirect", string.Empty, $"Location: {request.Path}/moved")
            : Answers.WriteAsync(connection, "200 OK", Answers.DocumentedCustomerJson));
        await using var client = TestClients.Create(server);
        var id = Guid.NewGuid();

        var customer = await client.Customers.GetCustomerByIdAsync(id);

        Assert.Equal("aaaabbbb-0000-cccc-1111-dddd2222eeee", customer.Id);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal($"/v1/customers/{id}/moved", server.Requests[1].Path);
        Assert.All(server.Requests, request => Assert.Equal($"Bearer {TestClients.SecretToken}", request.Header("Authorization")));
        Assert.Equal(server.Requests[0].Header("MS-RequestId"), server.Requests[1].Header("MS-RequestId"));
    }

    [Fact]
    public async Task Allowed_cross_origin_redirects_are_followed_without_the_token()
    {
        await using var elsewhere = FaultServer.Start(Answers.Always("200 OK", Answers.DocumentedCustomerJson));
        await using var server = FaultServer.Start(Answers.Always("301 Moved Permanently", string.Empty, $"Location: {elsewhere.BaseAddress}v1/customers/x"));
        await using var client = TestClients.Create(server, options => options.AllowCrossOriginRedirects = true);

        var customer = await client.Customers.GetCustomerByIdAsync(Guid.NewGuid());

        Assert.Equal("aaaabbbb-0000-cccc-1111-dddd2222eeee", customer.Id);
        Assert.Equal($"Bearer {TestClients.SecretToken}", Assert.Single(server.Requests).Header("Authorization"));
        Assert.Null(Assert.Single(elsewhere.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task A_redirect_loop_ends_in_an_invalid_response()
    {
        await using var server = FaultServer.Start((request, connection) =>
            Answers.WriteAsync(connection, "302 Found", string.Empty, $"Location: {request.Path}"));
        await using var client = TestClients.Create(server);

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.GetCustomerByIdAsync(Guid.NewGuid()));

        Assert.Equal(PartnerCenterFailureKind.InvalidResponse, failure.Kind);
        Assert.Contains("more than 10 redirects", failure.Message, StringComparison.Ordinal);
        Assert.Equal(11, server.Requests.Count);
    }
}
