using PartnerCenter.Customers;
using PartnerCenter.EndToEnd.Tests.Infrastructure;

namespace PartnerCenter.EndToEnd.Tests.Client;

/// <summary>
/// A success that does not carry the promised resource (no body, a 204, JSON null) is an InvalidResponse for every
/// operation, never a null where the signature promises a value.
/// </summary>
public sealed class MissingResourceTests
{
    public static TheoryData<string, string, string> Operations => new()
    {
        { nameof(IPartnerCenterCustomersApi.GetCustomerByIdAsync), "empty 200 with Content-Length 0", "an empty body" },
        { nameof(IPartnerCenterCustomersApi.GetCustomerByIdAsync), "empty chunked 200", "an empty body" },
        { nameof(IPartnerCenterCustomersApi.GetCustomerByIdAsync), "200 with JSON null", "a body of JSON null" },
        { nameof(IPartnerCenterCustomersApi.GetCustomerByIdAsync), "200 with JSON null in whitespace", "a body of JSON null" },
        { nameof(IPartnerCenterCustomersApi.GetCustomerByIdAsync), "204", "no content" },
        { nameof(IPartnerCenterCustomersApi.GetCustomerCompanyProfileAsync), "empty 200 with Content-Length 0", "an empty body" },
        { nameof(IPartnerCenterCustomersApi.GetCustomerCompanyProfileAsync), "200 with JSON null", "a body of JSON null" },
        { nameof(IPartnerCenterCustomersApi.GetCustomerCompanyProfileAsync), "204", "no content" },
        { nameof(IPartnerCenterCustomersApi.GetCustomerBillingProfileAsync), "empty 200 with Content-Length 0", "an empty body" },
        { nameof(IPartnerCenterCustomersApi.GetCustomerBillingProfileAsync), "200 with JSON null", "a body of JSON null" },
        { nameof(IPartnerCenterCustomersApi.GetCustomerBillingProfileAsync), "204", "no content" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_success_without_the_resource_is_an_invalid_response_and_not_retried(string operation, string answer, string absence)
    {
        await using var server = FaultServer.Start((_, connection) => AnswerAsync(connection, answer));
        await using var client = TestClients.Create(server);

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(() => CallAsync(client.Customers, operation));

        Assert.Equal(PartnerCenterFailureKind.InvalidResponse, failure.Kind);
        Assert.Equal(answer == "204" ? 204 : 200, failure.StatusCode);
        Assert.Contains(absence, failure.Message, StringComparison.Ordinal);
        Assert.Contains($"returns a {ResourceOf(operation)}", failure.Message, StringComparison.Ordinal);
        var request = Assert.Single(server.Requests);
        Assert.Equal(request.Header("MS-RequestId"), failure.RequestId);
        Assert.Equal(1, failure.Attempts);
    }

    [Fact]
    public async Task A_success_with_the_resource_is_still_returned()
    {
        await using var server = FaultServer.Start(Answers.Always("200 OK", "  " + Answers.DocumentedCustomerJson + "\n"));
        await using var client = TestClients.Create(server);

        var customer = await client.Customers.GetCustomerByIdAsync(Guid.NewGuid());

        Assert.Equal("aaaabbbb-0000-cccc-1111-dddd2222eeee", customer.Id);
    }

    private static Task AnswerAsync(FaultConnection connection, string answer) => answer switch
    {
        "empty 200 with Content-Length 0" => Answers.WriteAsync(connection, "200 OK", string.Empty),
        "empty chunked 200" => connection.WriteAsync(Answers.Head("200 OK", contentLength: null, "Transfer-Encoding: chunked") + "0\r\n\r\n"),
        "200 with JSON null" => Answers.WriteAsync(connection, "200 OK", "null"),
        "200 with JSON null in whitespace" => Answers.WriteAsync(connection, "200 OK", " \r\n\tnull \n"),
        // A 204 has no body and no Content-Length (RFC 9110, section 8.6).
        "204" => connection.WriteAsync(Answers.Head("204 No Content", contentLength: null)),
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "not a scripted answer"),
    };

    private static async Task<object> CallAsync(IPartnerCenterCustomersApi customers, string operation)
    {
        var id = Guid.NewGuid();
        return operation switch
        {
            nameof(IPartnerCenterCustomersApi.GetCustomerByIdAsync) => await customers.GetCustomerByIdAsync(id),
            nameof(IPartnerCenterCustomersApi.GetCustomerCompanyProfileAsync) => await customers.GetCustomerCompanyProfileAsync(id),
            nameof(IPartnerCenterCustomersApi.GetCustomerBillingProfileAsync) => await customers.GetCustomerBillingProfileAsync(id),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "not an operation"),
        };
    }

    private static string ResourceOf(string operation) => operation switch
    {
        nameof(IPartnerCenterCustomersApi.GetCustomerByIdAsync) => nameof(Customer),
        nameof(IPartnerCenterCustomersApi.GetCustomerCompanyProfileAsync) => nameof(CustomerCompanyProfile),
        _ => nameof(CustomerBillingProfile),
    };
}
