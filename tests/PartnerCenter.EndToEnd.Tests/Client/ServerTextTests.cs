using System.Text.Json;
using PartnerCenter.Customers;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Testing;

namespace PartnerCenter.EndToEnd.Tests.Client;

/// <summary>
/// Text from the server (reason phrase, error code and description, transport errors quoting the response) reaches
/// exception messages and logs only cleaned: no control characters, bounded, credentials redacted. The server here
/// is a gateway that echoes the request's Authorization header back, as some misconfigured proxies do.
/// </summary>
public sealed class ServerTextTests
{
    private const string Jwt = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwYXJ0bmVyIn0.c2lnbmF0dXJl";

    [Fact]
    public async Task An_echoed_token_and_control_characters_in_the_reason_and_description_stay_out_of_messages_and_logs()
    {
        await using var server = FaultServer.Start((request, connection) =>
        {
            var echoed = request.Header("Authorization");
            var description = $"Rejected {echoed} for {Jwt}\u001b[2J\r\nX-Injected: yes\u0007 {new string('z', 10_000)}";
            var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["code"] = "600001", ["description"] = description });
            // The reason phrase carries the echo, an escape sequence and a bell.
            return Answers.WriteAsync(connection, $"400 Authorization: {echoed}\u001b[31m\u0007", body);
        });
        using var logs = new CapturedLogs();
        using var loggerFactory = logs.CreateFactory();
        await using var client = TestClients.Create(server, loggerFactory: loggerFactory);

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.GetCustomerByIdAsync(Guid.NewGuid()));

        Assert.Equal($"Bearer {TestClients.SecretToken}", Assert.Single(server.Requests).Header("Authorization"));
        Assert.Equal(400, failure.StatusCode);
        // Escape and bell characters became spaces, leaving the harmless printable rest of the sequences.
        Assert.Contains("HTTP 400 (Authorization: [redacted] [31m)", failure.Message, StringComparison.Ordinal);
        Assert.StartsWith("Rejected Bearer [redacted] for [redacted] [2J X-Injected: yes zzz", failure.ErrorDescription, StringComparison.Ordinal);
        Assert.InRange(failure.Message.Length, 1, 1_000);
        Assert.InRange(failure.ErrorDescription!.Length, 1, 400);
        AssertClean(failure.Message);
        AssertClean(failure.ErrorDescription);
        Assert.DoesNotContain(TestClients.SecretToken, failure.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestClients.SecretToken, failure.ResponseBody, StringComparison.Ordinal);
        Assert.DoesNotContain(Jwt, failure.ResponseBody, StringComparison.Ordinal);
        var line = Assert.Single(logs.Records, record => record.Category == "PartnerCenter.Customers");
        AssertClean(line.AllText.Replace("\n", " ", StringComparison.Ordinal));
        Assert.All(logs.Records, record => Assert.DoesNotContain(TestClients.SecretToken, record.AllText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bare_echoed_token_is_redacted_too()
    {
        await using var server = FaultServer.Start((request, connection) =>
        {
            var token = request.Header("Authorization")!["Bearer ".Length..];
            return Answers.WriteAsync(connection, $"403 {token}", $$"""{"code":"900308","description":"token {{token}} lacks a role"}""");
        });
        await using var client = TestClients.Create(server);

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.GetCustomerByIdAsync(Guid.NewGuid()));

        Assert.Equal("token [redacted] lacks a role", failure.ErrorDescription);
        Assert.Contains("HTTP 403 ([redacted])", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestClients.SecretToken, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transport_error_that_quotes_the_echoed_header_is_cleaned_in_the_message_and_the_log()
    {
        // Without a colon the echoed line is not a header: the platform's error quotes it whole.
        await using var server = FaultServer.Start((request, connection) =>
            connection.WriteAsync($"HTTP/1.1 200 OK\r\nAuthorization {request.Header("Authorization")}\r\nContent-Length: 0\r\n\r\n"));
        using var logs = new CapturedLogs();
        using var loggerFactory = logs.CreateFactory();
        await using var client = TestClients.Create(
            server,
            options => options.Resilience.MaxRetryAttempts = 1,
            loggerFactory,
            new TestClock { SkipWaitsUpTo = TimeSpan.FromMilliseconds(50) });

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.GetCustomerByIdAsync(Guid.NewGuid()));

        Assert.Equal(PartnerCenterFailureKind.Network, failure.Kind);
        Assert.Contains("Authorization Bearer [redacted]", failure.Message, StringComparison.Ordinal);
        // The platform's exception, kept as the inner exception, was replaced by a cleaned copy too.
        Assert.IsType<HttpRequestException>(failure.InnerException);
        Assert.DoesNotContain(TestClients.SecretToken, failure.ToString(), StringComparison.Ordinal);
        var line = Assert.Single(logs.Records, record => record.Category == "PartnerCenter.Customers");
        Assert.Contains("Authorization Bearer [redacted]", line.Message, StringComparison.Ordinal);
        Assert.All(logs.Records, record => Assert.DoesNotContain(TestClients.SecretToken, record.AllText, StringComparison.Ordinal));
    }

    private static void AssertClean(string text) =>
        Assert.DoesNotContain(text, character => char.IsControl(character));
}
