using System.Net;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

public sealed class AuthenticationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Missing_authorization_is_401_with_the_partner_token_missing_error()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));
        using var response = await _client.SendAsync(request);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.Unauthorized, "800001");
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer  token")]
    [InlineData("Bearer two tokens")]
    [InlineData("Bearertoken")]
    [InlineData("token-without-scheme")]
    public async Task Malformed_authorization_is_401(string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));
        Assert.True(request.Headers.TryAddWithoutValidation("Authorization", authorization));
        using var response = await _client.SendAsync(request);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.Unauthorized, "800001");
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Theory]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0In0.")]
    [InlineData("bearer any-opaque-token")]
    public async Task Any_well_formed_bearer_token_is_accepted(string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));
        Assert.True(request.Headers.TryAddWithoutValidation("Authorization", authorization));
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_emulator_request_log_needs_no_authorization()
    {
        using var response = await _client.GetAsync("emulator/requests");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
