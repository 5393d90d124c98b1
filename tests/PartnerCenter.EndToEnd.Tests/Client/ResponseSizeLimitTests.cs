using System.Text;
using PartnerCenter.Customers;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Testing;

namespace PartnerCenter.EndToEnd.Tests.Client;

/// <summary>
/// Response bodies are read as streams within a limit: an oversized success is an InvalidResponse, found from
/// Content-Length or while reading, and is not retried; an error page is read only up to its smaller bound.
/// </summary>
public sealed class ResponseSizeLimitTests
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;

    // Far below the 50 MB a client that reads everything takes, far above what socket buffers and the platform's
    // drain of an abandoned response hold on a loaded machine.
    private const long MostAClientThatStopsReadingLetsThrough = 24L * 1024 * 1024;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_50_MB_customer_is_refused_without_being_read_whole_or_retried(bool declaresLength)
    {
        // Valid JSON: the documented customer followed by 50 MB of whitespace, which a reader without a limit accepts.
        var customer = Encoding.UTF8.GetBytes(Answers.DocumentedCustomerJson);
        await using var server = FaultServer.Start(async (_, connection) =>
        {
            await connection.WriteAsync(Answers.Head("200 OK", declaresLength ? customer.Length + FiftyMegabytes : null));
            await connection.WriteAsync(customer);
            await connection.WriteFillerAsync(FiftyMegabytes);
        });
        await using var client = TestClients.Create(server, clock: new TestClock { SkipWaitsUpTo = TimeSpan.FromMilliseconds(50) });

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.GetCustomerByIdAsync(Guid.NewGuid()));

        Assert.Equal(PartnerCenterFailureKind.InvalidResponse, failure.Kind);
        Assert.Equal(200, failure.StatusCode);
        Assert.Contains("MaxResponseBodyBytes (4194304 bytes)", failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, failure.Attempts);
        Assert.Single(server.Requests);
        Assert.InRange(server.BytesSentFor(1), 0, MostAClientThatStopsReadingLetsThrough);
    }

    /// <summary>Read without a length to size its buffer by (the connection's end closes it), across several buffers.</summary>
    [Fact]
    public async Task A_body_without_a_length_is_read_whole_within_the_limit()
    {
        var customer = Encoding.UTF8.GetBytes(Answers.DocumentedCustomerJson);
        await using var server = FaultServer.Start(async (_, connection) =>
        {
            await connection.WriteAsync(Answers.Head("200 OK", contentLength: null));
            await connection.WriteAsync(customer);
            await connection.WriteFillerAsync(100_000);
        });
        await using var client = TestClients.Create(server);

        var read = await client.Customers.GetCustomerByIdAsync(Guid.NewGuid());

        Assert.Equal("aaaabbbb-0000-cccc-1111-dddd2222eeee", read.Id);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_declared_length_of_3_GB_is_refused_at_once_as_an_invalid_response()
    {
        await using var server = FaultServer.Start(async (_, connection) =>
        {
            await connection.WriteAsync(Answers.Head("200 OK", contentLength: 3_000_000_000));
            await connection.WriteFillerAsync(FiftyMegabytes);
        });
        await using var client = TestClients.Create(server, clock: new TestClock { SkipWaitsUpTo = TimeSpan.FromMilliseconds(50) });

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.GetCustomerByIdAsync(Guid.NewGuid()));

        Assert.Equal(PartnerCenterFailureKind.InvalidResponse, failure.Kind);
        Assert.Contains("a body of 3000000000 bytes (Content-Length)", failure.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
        Assert.InRange(server.BytesSentFor(1), 0, MostAClientThatStopsReadingLetsThrough);
    }

    [Fact]
    public async Task A_50_MB_error_page_is_read_only_up_to_the_error_bound_on_every_attempt()
    {
        await using var server = FaultServer.Start(async (_, connection) =>
        {
            await connection.WriteAsync(
                "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/html\r\nConnection: close\r\n"
                + $"Content-Length: {FiftyMegabytes}\r\n\r\n<html><body>");
            await connection.WriteFillerAsync(FiftyMegabytes - "<html><body>".Length, (byte)'x');
        });
        await using var client = TestClients.Create(
            server,
            options => options.Resilience.MaxRetryAttempts = 4,
            clock: new TestClock { SkipWaitsUpTo = TimeSpan.FromMilliseconds(50) });

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.GetCustomerByIdAsync(Guid.NewGuid()));

        Assert.Equal(PartnerCenterFailureKind.ErrorResponse, failure.Kind);
        Assert.Equal(503, failure.StatusCode);
        Assert.Equal(5, failure.Attempts);
        Assert.Equal(5, server.Requests.Count);
        Assert.All(Enumerable.Range(1, 5), number => Assert.InRange(server.BytesSentFor(number), 0, MostAClientThatStopsReadingLetsThrough));
        Assert.NotNull(failure.ResponseBody);
        Assert.StartsWith("<html><body>xxxx", failure.ResponseBody, StringComparison.Ordinal);
        Assert.Equal(PartnerCenterClientOptions.DefaultMaxErrorBodyBytes, failure.ResponseBody.Length);
    }

    [Fact]
    public async Task The_success_limit_is_an_option()
    {
        await using var server = FaultServer.Start(Answers.Always("200 OK", Answers.DocumentedCustomerJson));
        await using var client = TestClients.Create(server, options => options.MaxResponseBodyBytes = 1024);

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.GetCustomerByIdAsync(Guid.NewGuid()));

        Assert.Equal(PartnerCenterFailureKind.InvalidResponse, failure.Kind);
        Assert.Contains("MaxResponseBodyBytes (1024 bytes)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_body_within_its_bound_is_kept_whole()
    {
        const string body = """{"code":"600001","description":"Something went wrong."}""";
        await using var server = FaultServer.Start(Answers.Always("400 Bad Request", body));
        await using var client = TestClients.Create(server, options => options.MaxErrorBodyBytes = 1024);

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => client.Customers.GetCustomerByIdAsync(Guid.NewGuid()));

        Assert.Equal(body, failure.ResponseBody);
        Assert.Equal("600001", failure.ErrorCode);
    }
}
