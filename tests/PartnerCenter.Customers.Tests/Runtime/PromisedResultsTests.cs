using System.Reflection;
using PartnerCenter.Customers.Http;
using Refit;

namespace PartnerCenter.Customers.Tests.Runtime;

/// <summary>Every generated operation is known with the resource it promises, read from the interface itself.</summary>
public sealed class PromisedResultsTests
{
    [Theory]
    [InlineData(nameof(IPartnerCenterCustomersApi.GetCustomerByIdAsync), typeof(Customer))]
    [InlineData(nameof(IPartnerCenterCustomersApi.GetCustomerCompanyProfileAsync), typeof(CustomerCompanyProfile))]
    [InlineData(nameof(IPartnerCenterCustomersApi.GetCustomerBillingProfileAsync), typeof(CustomerBillingProfile))]
    public void Each_operation_promises_its_resource(string method, Type resource)
    {
        using var request = Request(typeof(IPartnerCenterCustomersApi), method);

        Assert.Equal(resource, PromisedResults.Of(request));
    }

    [Fact]
    public void Every_method_of_the_interface_is_covered()
    {
        var methods = typeof(IPartnerCenterCustomersApi).GetMethods();

        Assert.NotEmpty(methods);
        Assert.All(methods, method =>
        {
            using var request = Request(typeof(IPartnerCenterCustomersApi), method.Name);
            // Task<T> promises its T; a plain Task (deleteSandboxCustomer's 204) promises nothing. The hidden Refit
            // method of a JSON result (the one Refit names in the request) promises what the method reading it returns.
            var caller = method.GetCustomAttribute<Specweave.Runtime.JsonResponseReaderAttribute>() is { } reader
                ? typeof(IPartnerCenterCustomersApi).GetMethod(reader.MemberName, [.. method.GetParameters().Select(p => p.ParameterType)])!
                : method;
            var promised = caller.ReturnType.IsGenericType ? caller.ReturnType.GetGenericArguments()[0] : null;
            Assert.Equal(promised, PromisedResults.Of(request));
        });
        Assert.Contains(methods, method => method.ReturnType == typeof(Task));
    }

    [Fact]
    public void A_request_not_made_by_the_generated_client_promises_nothing()
    {
        using var plain = new HttpRequestMessage(HttpMethod.Get, "https://example.test/");
        using var otherApi = Request(typeof(IDisposable), nameof(IDisposable.Dispose));

        Assert.Null(PromisedResults.Of(plain));
        Assert.Null(PromisedResults.Of(otherApi));
    }

    private static HttpRequestMessage Request(Type api, string method)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://example.test/");
        request.Options.Set(new HttpRequestOptionsKey<Type>(HttpRequestMessageOptions.InterfaceType), api);
        request.Options.Set(new HttpRequestOptionsKey<string>(HttpRequestMessageOptions.MethodName), method);
        return request;
    }
}
