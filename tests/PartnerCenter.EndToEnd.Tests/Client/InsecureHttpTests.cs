using Microsoft.Extensions.Options;
using PartnerCenter.EndToEnd.Tests.Infrastructure;

namespace PartnerCenter.EndToEnd.Tests.Client;

/// <summary>
/// Plain http to a host that is not this machine's loopback is refused when the client is created, with a message
/// saying what, where and how to fix it, unless an option accepts the risk; nothing, least of all the token, is sent.
/// </summary>
public sealed class InsecureHttpTests
{
    [Fact]
    public async Task Plain_http_to_a_non_loopback_host_is_refused_before_anything_is_sent()
    {
        var (address, host) = NonLoopbackHost.Find();
        await using var server = FaultServer.Start(Answers.Always("200 OK", Answers.DocumentedCustomerJson), address, host);

        var failure = Assert.Throws<OptionsValidationException>(() => TestClients.Create(server));

        var message = Assert.Single(failure.Failures);
        Assert.StartsWith($"PartnerCenterClientOptions.Endpoint is {server.BaseAddress.GetLeftPart(UriPartial.Authority)}: plain http", message, StringComparison.Ordinal);
        Assert.Contains("unencrypted", message, StringComparison.Ordinal);
        Assert.Contains("Use an https:// URL", message, StringComparison.Ordinal);
        Assert.Contains("AllowInsecureHttp = true", message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task The_option_accepts_plain_http_to_a_non_loopback_host()
    {
        var (address, host) = NonLoopbackHost.Find();
        await using var server = FaultServer.Start(Answers.Always("200 OK", Answers.DocumentedCustomerJson), address, host);
        await using var client = TestClients.Create(server, options => options.AllowInsecureHttp = true);

        var customer = await client.Customers.GetCustomerByIdAsync(Guid.NewGuid());

        Assert.Equal("aaaabbbb-0000-cccc-1111-dddd2222eeee", customer.Id);
        Assert.Equal($"Bearer {TestClients.SecretToken}", Assert.Single(server.Requests).Header("Authorization"));
    }
}
