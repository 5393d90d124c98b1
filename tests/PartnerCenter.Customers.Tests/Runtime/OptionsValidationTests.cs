using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PartnerCenter.Customers.Tests.Runtime;

/// <summary>Inconsistent options fail when the client is created, with a message saying what to change.</summary>
public sealed class OptionsValidationTests
{
    [Fact]
    public void Two_credentials_at_once_are_rejected()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => PartnerCenterCustomersClient.Create(options =>
        {
            options.AccessToken = "a";
            options.AccessTokenProvider = _ => ValueTask.FromResult("b");
        }));

        Assert.Contains("More than one of PartnerCenterClientOptions.Credential, AccessToken and AccessTokenProvider", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_with_the_Bearer_prefix_is_rejected_without_repeating_it()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => PartnerCenterCustomersClient.Create(options => options.AccessToken = "Bearer abc.SECRET.def"));

        Assert.Contains("without the 'Bearer ' prefix", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.test/")]
    [InlineData("/relative/")]
    public void An_endpoint_that_is_not_absolute_http_is_rejected(string endpoint)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => PartnerCenterCustomersClient.Create(options =>
            options.Endpoint = new Uri(endpoint, UriKind.RelativeOrAbsolute)));

        Assert.Contains("is not an absolute http or https URL", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://partner-proxy.contoso.example/", "PartnerCenterClientOptions.Endpoint is http://partner-proxy.contoso.example: plain http")]
    [InlineData("http://user:password@10.1.2.3:8080/root?key=x", "PartnerCenterClientOptions.Endpoint is http://10.1.2.3:8080: plain http")]
    public void Plain_http_to_another_machine_is_rejected_saying_what_where_and_how_to_fix_it(string endpoint, string start)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => PartnerCenterCustomersClient.Create(options =>
            options.Endpoint = new Uri(endpoint)));

        var message = Assert.Single(failure.Failures);
        Assert.StartsWith(start, message, StringComparison.Ordinal);
        Assert.Contains("unencrypted", message, StringComparison.Ordinal);
        Assert.Contains("Use an https:// URL", message, StringComparison.Ordinal);
        Assert.Contains("AllowInsecureHttp = true", message, StringComparison.Ordinal);
        Assert.DoesNotContain("password", message, StringComparison.Ordinal);
        Assert.DoesNotContain("key=x", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_through_a_custom_cloud_is_rejected_naming_the_cloud()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => PartnerCenterCustomersClient.Create(options =>
            options.Cloud = PartnerCenterCloud.Custom(new Uri("http://partner-proxy.contoso.example/"))));

        Assert.StartsWith("PartnerCenterClientOptions.Cloud (its Endpoint) is http://partner-proxy.contoso.example", Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://[::1]:5000/")]
    [InlineData("https://partner-proxy.contoso.example/")]
    public void Https_and_loopback_http_are_accepted(string endpoint)
    {
        using var client = PartnerCenterCustomersClient.Create(options => options.Endpoint = new Uri(endpoint));

        Assert.NotNull(client.Customers);
    }

    [Fact]
    public void Plain_http_to_another_machine_is_accepted_when_the_option_says_so()
    {
        using var client = PartnerCenterCustomersClient.Create(options =>
        {
            options.Endpoint = new Uri("http://partner-proxy.contoso.example/");
            options.AllowInsecureHttp = true;
        });

        Assert.NotNull(client.Customers);
    }

    [Fact]
    public void Body_limits_out_of_range_are_rejected_each_by_name()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => PartnerCenterCustomersClient.Create(options =>
        {
            options.MaxResponseBodyBytes = 0;
            options.MaxErrorBodyBytes = -1;
        }));

        Assert.Contains("PartnerCenterClientOptions.MaxResponseBodyBytes is 0: use 1024 (1 KiB) to 1073741824 (1 GiB) bytes.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("PartnerCenterClientOptions.MaxErrorBodyBytes is -1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resilience_limits_that_contradict_each_other_are_rejected_each_by_name()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => PartnerCenterCustomersClient.Create(options =>
        {
            options.Resilience.MaxRetryAttempts = -1;
            options.Resilience.AttemptTimeout = TimeSpan.FromMinutes(5);
            options.Resilience.TotalTimeout = TimeSpan.FromMinutes(1);
            options.Resilience.BaseDelay = TimeSpan.Zero;
        }));

        Assert.Contains("Resilience.MaxRetryAttempts is -1", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Resilience.AttemptTimeout (00:05:00) is longer than Resilience.TotalTimeout (00:01:00)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Resilience.BaseDelay is 00:00:00", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_valid_and_point_at_the_global_cloud()
    {
        var services = new ServiceCollection();
        services.AddPartnerCenterCustomers(options => options.AccessToken = "token");
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<PartnerCenterClientOptions>>().Value;

        Assert.Equal(new Uri("https://api.partnercenter.microsoft.com"), options.EffectiveEndpoint);
        Assert.Equal("https://api.partnercenter.microsoft.com/.default", options.Cloud.TokenScope);
        Assert.Equal(4 * 1024 * 1024, options.MaxResponseBodyBytes);
        Assert.Equal(64 * 1024, options.MaxErrorBodyBytes);
        Assert.False(options.AllowCrossOriginRedirects);
        Assert.False(options.AllowInsecureHttp);
        Assert.NotNull(provider.GetRequiredService<IPartnerCenterCustomersApi>());
    }

    [Fact]
    public void Clouds_have_their_documented_endpoints_and_authorities()
    {
        Assert.Equal(PartnerCenterCloud.Global.Endpoint, PartnerCenterCloud.UsGovernment.Endpoint);
        Assert.Equal(new Uri("https://login.microsoftonline.us/"), PartnerCenterCloud.UsGovernment.AuthorityHost);
        Assert.Equal(new Uri("https://partner.partnercenterapi.microsoftonline.cn"), PartnerCenterCloud.China.Endpoint);
        Assert.Equal(new Uri("https://login.chinacloudapi.cn/"), PartnerCenterCloud.China.AuthorityHost);
        Assert.Equal("https://partner.partnercenterapi.microsoftonline.cn/.default", PartnerCenterCloud.China.TokenScope);
        var custom = PartnerCenterCloud.Custom(new Uri("http://127.0.0.1:5000/"));
        Assert.Equal(PartnerCenterCloud.Global.TokenScope, custom.TokenScope);
    }
}
