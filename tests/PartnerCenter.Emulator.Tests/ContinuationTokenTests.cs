using System.Net;
using Microsoft.Extensions.Time.Testing;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

/// <summary>
/// Continuation tokens: reusable until they expire on the emulator's clock, and refused when they were not issued by
/// this emulator or were changed. Expiry is tested by advancing a fake clock, never by waiting.
/// </summary>
public sealed class ContinuationTokenTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_saved_token_resumes_the_listing_where_it_was_saved_from_another_client()
    {
        await using var emulator = await StartAsync(new FakeTimeProvider());
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var page1 = await CustomerListing.PageAsync(client, "v1/customers?size=40");
        var (uri2, token2) = CustomerListing.Next(page1)!.Value;
        var page2 = await CustomerListing.PageAsync(client, uri2, token2);
        var (uri3, savedToken) = CustomerListing.Next(page2)!.Value;
        var page3 = await CustomerListing.PageAsync(client, uri3, savedToken);

        // Later, from another client: the saved token gives the same page again, and the listing goes on from there.
        using var otherClient = new HttpClient { BaseAddress = emulator.BaseAddress };
        var resumed = await CustomerListing.FollowAsync(otherClient, await CustomerListing.PageAsync(otherClient, uri3, savedToken));

        Assert.Equal(CustomerListing.Ids(page3), CustomerListing.Ids(resumed[0]));
        List<string> all = [.. CustomerListing.Ids(page1), .. CustomerListing.Ids(page2), .. CustomerListing.Ids(resumed)];
        Assert.Equal(EmulatorOptions.DefaultCustomerCount, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task A_token_is_valid_until_its_lifetime_is_over_on_the_emulators_clock()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await StartAsync(clock);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var (uri, token) = CustomerListing.Next(await CustomerListing.PageAsync(client, "v1/customers?size=40"))!.Value;

        clock.Advance(Lifetime - TimeSpan.FromTicks(1));
        using var lastMoment = await CustomerListing.SendAsync(client, uri, token);
        clock.Advance(TimeSpan.FromTicks(1));
        using var expired = await CustomerListing.SendAsync(client, uri, token);

        Assert.Equal(HttpStatusCode.OK, lastMoment.StatusCode);
        await ResponseAssert.PartnerCenterErrorAsync(expired, HttpStatusCode.BadRequest, "3000");
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_a_description_saying_so()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await StartAsync(clock);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var (uri, token) = CustomerListing.Next(await CustomerListing.PageAsync(client, "v1/customers?size=40"))!.Value;

        clock.Advance(TimeSpan.FromHours(1));
        using var response = await CustomerListing.SendAsync(client, uri, token);

        var body = await ResponseAssert.JsonBodyAsync(response);
        Assert.Contains("expired", body["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_page_gives_a_token_with_a_full_lifetime_from_when_it_was_answered()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await StartAsync(clock);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var (uri2, token2) = CustomerListing.Next(await CustomerListing.PageAsync(client, "v1/customers?size=40"))!.Value;

        clock.Advance(Lifetime - TimeSpan.FromSeconds(1));
        var (uri3, token3) = CustomerListing.Next(await CustomerListing.PageAsync(client, uri2, token2))!.Value;
        clock.Advance(Lifetime - TimeSpan.FromSeconds(1));
        using var third = await CustomerListing.SendAsync(client, uri3, token3);
        using var secondAgain = await CustomerListing.SendAsync(client, uri2, token2);

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, secondAgain.StatusCode);
    }

    [Theory]
    [InlineData("AQAAAA==")] // the documented sample's token
    [InlineData("not base64 at all!")]
    [InlineData("")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_token_the_emulator_did_not_issue_is_refused(string forged)
    {
        await using var emulator = await StartAsync(new FakeTimeProvider());
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await CustomerListing.SendAsync(client, "v1/customers?size=40&seekOperation=Next", forged);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.BadRequest, "3000");
    }

    [Fact]
    public async Task A_token_changed_in_any_single_bit_is_refused()
    {
        await using var emulator = await StartAsync(new FakeTimeProvider());
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var (uri, token) = CustomerListing.Next(await CustomerListing.PageAsync(client, "v1/customers?size=40"))!.Value;
        var bytes = Convert.FromBase64String(token);

        for (var index = 0; index < bytes.Length; index++)
        {
            var tampered = (byte[])bytes.Clone();
            tampered[index] ^= 0x01;
            using var response = await CustomerListing.SendAsync(client, uri, Convert.ToBase64String(tampered));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"byte {index} changed: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_genuine_token_truncated_or_extended_is_refused()
    {
        await using var emulator = await StartAsync(new FakeTimeProvider());
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var (uri, token) = CustomerListing.Next(await CustomerListing.PageAsync(client, "v1/customers?size=40"))!.Value;
        var bytes = Convert.FromBase64String(token);

        using var truncated = await CustomerListing.SendAsync(client, uri, Convert.ToBase64String(bytes[..^1]));
        using var extended = await CustomerListing.SendAsync(client, uri, Convert.ToBase64String([.. bytes, 0]));

        await ResponseAssert.PartnerCenterErrorAsync(truncated, HttpStatusCode.BadRequest, "3000");
        await ResponseAssert.PartnerCenterErrorAsync(extended, HttpStatusCode.BadRequest, "3000");
    }

    [Fact]
    public async Task A_token_from_another_emulator_instance_is_refused()
    {
        await using var issuer = await StartAsync(new FakeTimeProvider());
        await using var other = await StartAsync(new FakeTimeProvider());
        using var issuerClient = new HttpClient { BaseAddress = issuer.BaseAddress };
        using var otherClient = new HttpClient { BaseAddress = other.BaseAddress };
        var (uri, token) = CustomerListing.Next(await CustomerListing.PageAsync(issuerClient, "v1/customers?size=40"))!.Value;

        using var response = await CustomerListing.SendAsync(otherClient, uri, token);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.BadRequest, "3000");
    }

    [Fact]
    public async Task The_next_page_size_can_be_changed_on_the_next_request()
    {
        await using var emulator = await StartAsync(new FakeTimeProvider());
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        var first = await CustomerListing.PageAsync(client, "v1/customers?size=40");
        var (_, token) = CustomerListing.Next(first)!.Value;

        var withoutSize = await CustomerListing.PageAsync(client, "v1/customers?seekOperation=Next", token);
        var smaller = await CustomerListing.PageAsync(client, "v1/customers?size=5&seekOperation=Next", token);

        // The token's size when the request gives none, otherwise the request's; both continue after the first page.
        Assert.Equal(40, withoutSize["items"]!.AsArray().Count);
        Assert.Equal(CustomerListing.Ids(withoutSize).Take(5), CustomerListing.Ids(smaller));
        Assert.Equal("/customers?size=5&seekOperation=Next", smaller["links"]!["next"]!["uri"]!.GetValue<string>());
    }

    private static Task<PartnerCenterEmulator> StartAsync(FakeTimeProvider clock) =>
        PartnerCenterEmulator.StartAsync(new EmulatorOptions { ContinuationTokenLifetime = Lifetime }, clock);
}
