using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using PartnerCenter.Customers.Errors;
using PartnerCenter.Customers.Http;

namespace PartnerCenter.Customers.Tests.Runtime;

/// <summary>Reading Retry-After in both forms, and error bodies in both documented shapes.</summary>
public sealed class RetryAfterAndErrorBodyTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Retry_After_in_seconds_is_read_as_it_is()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfterHeader.Read(response, new FakeTimeProvider(Now)));
    }

    [Fact]
    public void Retry_After_as_a_date_is_the_time_until_then_and_never_negative()
    {
        using var future = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        future.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(30));
        using var past = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        past.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(-30));

        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfterHeader.Read(future, new FakeTimeProvider(Now)));
        Assert.Equal(TimeSpan.Zero, RetryAfterHeader.Read(past, new FakeTimeProvider(Now)));
    }

    [Fact]
    public void No_Retry_After_reads_as_null()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Null(RetryAfterHeader.Read(response, new FakeTimeProvider(Now)));
    }

    [Theory]
    [InlineData("""{"code":"60003","description":"Tenant not found.","data":[],"source":"PartnerFD"}""", "60003", "Tenant not found.")]
    [InlineData("""{"code":600001,"description":"Numeric code, as the error table lists it."}""", "600001", "Numeric code, as the error table lists it.")]
    [InlineData("""{"statusCode":429,"message":"Rate limit is exceeded."}""", null, "Rate limit is exceeded.")]
    [InlineData("<html><body>Bad gateway</body></html>", null, null)]
    [InlineData("[1,2]", null, null)]
    [InlineData("", null, null)]
    public void Error_bodies_are_read_leniently(string body, string? code, string? description)
    {
        var error = ErrorBody.Parse(body);

        Assert.Equal(code, error.Code);
        Assert.Equal(description, error.Description);
    }
}
