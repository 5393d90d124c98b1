using PartnerCenter.Customers;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;
using PartnerCenter.Testing;

namespace PartnerCenter.EndToEnd.Tests.Client;

/// <summary>Error statuses surface as one typed exception with the status, Partner Center code and ids.</summary>
public sealed class ErrorResponseTests
{
    [Fact]
    public async Task Unknown_customer_is_a_404_with_code_60003_and_the_ids_of_the_call()
    {
        await using var emulator = await Emulators.StartAsync();
        await using var client = TestClients.Create(emulator);

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(
            () => client.Customers.GetCustomerByIdAsync(Emulators.UnknownCustomerId));

        var request = Assert.Single(await emulator.CustomerRequestsAsync(1));
        Assert.Equal(PartnerCenterFailureKind.ErrorResponse, failure.Kind);
        Assert.Equal(404, failure.StatusCode);
        Assert.Equal("60003", failure.ErrorCode);
        Assert.Equal("The customer tenant was not found.", failure.ErrorDescription);
        Assert.Equal(request.CorrelationId, failure.CorrelationId);
        Assert.Equal(request.RequestId, failure.RequestId);
        Assert.Equal("GET", failure.Method);
        Assert.Equal($"/v1/customers/{Emulators.UnknownCustomerId}", failure.Path);
        Assert.Contains("\"code\":\"60003\"", failure.ResponseBody, StringComparison.Ordinal);
        Assert.Contains("HTTP 404", failure.Message, StringComparison.Ordinal);
        Assert.Contains("60003", failure.Message, StringComparison.Ordinal);
        Assert.Contains(request.CorrelationId!, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_400_is_reported_at_once_without_retries()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { FailureStatusCode = 400, FailureCount = 10 });
        await using var client = TestClients.Create(emulator);

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(
            () => client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId));

        Assert.Equal(400, failure.StatusCode);
        Assert.Equal("400", failure.ErrorCode);
        Assert.Equal(1, failure.Attempts);
        Assert.Single(await emulator.CustomerRequestsAsync(1));
    }

    [Fact]
    public async Task Without_a_credential_the_401_says_no_token_was_configured()
    {
        await using var emulator = await Emulators.StartAsync();
        await using var client = TestClients.Create(emulator, options => options.AccessToken = null);

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(
            () => client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId));

        Assert.Equal(401, failure.StatusCode);
        Assert.Equal("800001", failure.ErrorCode);
        Assert.Contains("carried no token", failure.Message, StringComparison.Ordinal);
        Assert.False(Assert.Single(await emulator.CustomerRequestsAsync(1)).HasAuthorization);
    }

    [Fact]
    public async Task A_failing_token_provider_fails_the_call_before_anything_is_sent()
    {
        await using var emulator = await Emulators.StartAsync();
        await using var client = TestClients.Create(emulator, options =>
        {
            options.AccessToken = null;
            options.AccessTokenProvider = _ => throw new InvalidOperationException("the identity provider is down");
        });

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(
            () => client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId));

        Assert.Equal(PartnerCenterFailureKind.Authentication, failure.Kind);
        Assert.Null(failure.StatusCode);
        Assert.Contains("the identity provider is down", failure.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.Empty(emulator.CustomerRequests());
    }

    [Fact]
    public async Task Token_provider_is_asked_on_every_attempt()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { FailureStatusCode = 503, FailureCount = 2 });
        var tokensHandedOut = 0;
        await using var client = TestClients.Create(
            emulator,
            options =>
            {
                options.AccessToken = null;
                options.AccessTokenProvider = _ => ValueTask.FromResult($"token-{Interlocked.Increment(ref tokensHandedOut)}");
            },
            // The backoffs pass as soon as they are scheduled: retries happen, no real time is waited.
            clock: new TestClock { SkipWaitsUpTo = TimeSpan.FromMilliseconds(50) });

        await client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId);

        Assert.Equal(3, tokensHandedOut);
        Assert.All(await emulator.CustomerRequestsAsync(3), request => Assert.True(request.HasAuthorization));
    }
}
