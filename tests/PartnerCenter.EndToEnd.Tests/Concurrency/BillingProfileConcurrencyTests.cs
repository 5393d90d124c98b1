using PartnerCenter.Customers;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Concurrency;

/// <summary>
/// <see cref="BillingProfileUpdateExtensions.UpdateBillingProfileAsync(IPartnerCenterCustomersApi, Guid, CustomerBillingProfile, CancellationToken)"/>:
/// the ETag of the profile read goes in If-Match without the caller touching headers, and a stale one is a
/// <see cref="PartnerCenterFailureKind.ConcurrencyConflict"/> that says how to proceed.
/// </summary>
public sealed class BillingProfileConcurrencyTests
{
    private static readonly Guid CustomerId = Emulators.DocumentedCustomerId;
    private static readonly string BillingPath = $"/v1/customers/{CustomerId}/profiles/billing";

    [Fact]
    public async Task An_update_from_a_read_sends_its_etag_quoted_and_returns_the_new_version()
    {
        await using var emulator = await Emulators.StartAsync();
        await using var client = TestClients.Create(emulator);
        var read = await client.Customers.GetCustomerBillingProfileAsync(CustomerId);

        var stored = await client.Customers.UpdateBillingProfileAsync(CustomerId, read with { Email = "billing@contoso.com" });

        Assert.Equal("billing@contoso.com", stored.Email);
        Assert.NotEqual(read.Attributes!.Etag, stored.Attributes!.Etag);
        var put = Assert.Single(emulator.RequestsTo("PUT", BillingPath));
        Assert.Equal($"\"{read.Attributes.Etag}\"", put.Header("If-Match"));
    }

    [Fact]
    public async Task The_second_update_from_the_same_read_is_a_concurrency_conflict_and_changes_nothing()
    {
        await using var emulator = await Emulators.StartAsync();
        await using var client = TestClients.Create(emulator);
        var read = await client.Customers.GetCustomerBillingProfileAsync(CustomerId);
        await client.Customers.UpdateBillingProfileAsync(CustomerId, read with { Email = "first@contoso.com" });

        var conflict = await Assert.ThrowsAsync<PartnerCenterException>(
            () => client.Customers.UpdateBillingProfileAsync(CustomerId, read with { Email = "second@contoso.com" }));

        Assert.Equal(PartnerCenterFailureKind.ConcurrencyConflict, conflict.Kind);
        Assert.Equal(412, conflict.StatusCode);
        Assert.Equal("2055", conflict.ErrorCode);
        Assert.Contains("The billing profile was changed after it was read", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("this update was not applied", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("Read the billing profile again, apply the change to what you read, and send that with the new ETag", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(1, conflict.Attempts);
        Assert.Equal("first@contoso.com", (await client.Customers.GetCustomerBillingProfileAsync(CustomerId)).Email);
    }

    [Fact]
    public async Task Reading_again_and_reapplying_after_a_conflict_succeeds()
    {
        await using var emulator = await Emulators.StartAsync();
        await using var client = TestClients.Create(emulator);
        var stale = await client.Customers.GetCustomerBillingProfileAsync(CustomerId);
        await client.Customers.UpdateBillingProfileAsync(CustomerId, stale with { FirstName = "Someone" });
        await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.UpdateBillingProfileAsync(CustomerId, stale with { Email = "mine@contoso.com" }));

        var fresh = await client.Customers.GetCustomerBillingProfileAsync(CustomerId);
        var stored = await client.Customers.UpdateBillingProfileAsync(CustomerId, fresh with { Email = "mine@contoso.com" });

        Assert.Equal("mine@contoso.com", stored.Email);
        Assert.Equal("Someone", stored.FirstName);
    }

    [Fact]
    public async Task The_read_before_and_changed_overload_sends_the_read_etag_in_the_header_and_the_body()
    {
        await using var emulator = await Emulators.StartAsync();
        await using var client = TestClients.Create(emulator);
        var read = await client.Customers.GetCustomerBillingProfileAsync(CustomerId);
        var changed = new CustomerBillingProfile
        {
            Email = "new@contoso.com",
            Culture = "en-US",
            Language = "en",
            CompanyName = "Contoso",
            DefaultAddress = read.DefaultAddress,
        };

        var stored = await client.Customers.UpdateBillingProfileAsync(CustomerId, read, changed);

        Assert.Equal("new@contoso.com", stored.Email);
        Assert.Equal(read.Id, stored.Id);
        Assert.Equal($"\"{read.Attributes!.Etag}\"", Assert.Single(emulator.RequestsTo("PUT", BillingPath)).Header("If-Match"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task A_profile_without_an_etag_is_an_argument_exception_and_nothing_is_sent(string? etag)
    {
        await using var emulator = await Emulators.StartAsync();
        await using var client = TestClients.Create(emulator);
        var read = await client.Customers.GetCustomerBillingProfileAsync(CustomerId);
        var withoutEtag = read with { Attributes = etag is null ? null : read.Attributes! with { Etag = etag } };

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => client.Customers.UpdateBillingProfileAsync(CustomerId, withoutEtag));

        Assert.Equal("profile", refused.ParamName);
        Assert.Contains("has no ETag (attributes.etag)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was sent", refused.Message, StringComparison.Ordinal);
        var fromScratch = await Assert.ThrowsAsync<ArgumentException>(() => client.Customers.UpdateBillingProfileAsync(CustomerId, withoutEtag, read));
        Assert.Equal("readBefore", fromScratch.ParamName);
        Assert.Empty(emulator.RequestsTo("PUT", BillingPath));
    }

    [Theory]
    [InlineData("two words")]
    [InlineData("with\"quote")]
    [InlineData("line\nbreak")]
    [InlineData("Zürich")]
    public async Task An_etag_that_cannot_be_sent_is_an_argument_exception(string etag)
    {
        await using var emulator = await Emulators.StartAsync();
        await using var client = TestClients.Create(emulator);
        var read = await client.Customers.GetCustomerBillingProfileAsync(CustomerId);

        var refused = await Assert.ThrowsAsync<ArgumentException>(
            () => client.Customers.UpdateBillingProfileAsync(CustomerId, read with { Attributes = read.Attributes! with { Etag = etag } }));

        Assert.Contains("cannot be sent in If-Match", refused.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.RequestsTo("PUT", BillingPath));
    }

    [Fact]
    public async Task An_etag_already_in_quotes_is_sent_as_it_is()
    {
        await using var emulator = await Emulators.StartAsync();
        await using var client = TestClients.Create(emulator);
        var read = await client.Customers.GetCustomerBillingProfileAsync(CustomerId);
        var quoted = $"\"{read.Attributes!.Etag}\"";

        await client.Customers.UpdateBillingProfileAsync(CustomerId, read with { Attributes = read.Attributes with { Etag = quoted } });

        Assert.Equal(quoted, Assert.Single(emulator.RequestsTo("PUT", BillingPath)).Header("If-Match"));
    }

    [Theory]
    [InlineData("400 Bad Request", "2055", PartnerCenterFailureKind.ConcurrencyConflict)]
    [InlineData("412 Precondition Failed", "2055", PartnerCenterFailureKind.ConcurrencyConflict)]
    [InlineData("412 Precondition Failed", null, PartnerCenterFailureKind.ConcurrencyConflict)]
    [InlineData("400 Bad Request", "3000", PartnerCenterFailureKind.ErrorResponse)]
    public async Task The_documented_400_with_code_2055_is_a_concurrency_conflict_like_412(string status, string? code, PartnerCenterFailureKind expected)
    {
        var body = code is null ? string.Empty : $$"""{"code":"{{code}}","description":"Etag is no longer valid","errorName":"x","isRetryable":false}""";
        await using var server = FaultServer.Start(Answers.Always(status, body));
        await using var client = TestClients.Create(server);
        var profile = new CustomerBillingProfile { Email = "a@b.c", Attributes = new ResourceAttributes { Etag = "-1" } };

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.UpdateBillingProfileAsync(CustomerId, profile));

        Assert.Equal(expected, failure.Kind);
        Assert.Equal(int.Parse(status[..3], System.Globalization.CultureInfo.InvariantCulture), failure.StatusCode);
        Assert.Equal(expected == PartnerCenterFailureKind.ConcurrencyConflict, failure.Message.Contains("was changed after it was read", StringComparison.Ordinal));
        // A refused precondition is final: not retried.
        Assert.Single(server.Requests);
        Assert.Equal("\"-1\"", server.Requests[0].Header("If-Match"));
    }
}
