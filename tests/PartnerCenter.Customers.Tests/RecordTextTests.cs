namespace PartnerCenter.Customers.Tests;

/// <summary>Issue 11 on the generated Partner Center models: ToString hides the password, prints lists by their items, and extension data stays with its record.</summary>
public sealed class RecordTextTests
{
    [Fact]
    public void ToString_hides_the_password_and_prints_lists_by_their_items()
    {
        var customer = new Customer
        {
            Id = "c1",
            Tags = ["a", "b"],
            UserCredentials = new UserCredentials { UserName = "admin", Password = "hunter2" },
        };

        var text = customer.ToString();

        Assert.Contains("UserCredentials = UserCredentials { UserName = admin, Password = ***, AdditionalProperties =  }", text, StringComparison.Ordinal);
        Assert.Contains("Tags = [a, b]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_cannot_change_the_extension_data_of_the_original()
    {
        var customer = Json.ReadCustomer("""{"id":"c1","futureField":1}""");
        var set = new HashSet<Customer> { customer };
        var hash = customer.GetHashCode();

        var copy = customer with { };
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, System.Text.Json.JsonElement>)copy.AdditionalProperties!)["other"] = default);

        Assert.Contains(customer, set);
        Assert.Equal(hash, customer.GetHashCode());
        Assert.Equal(new[] { "futureField" }, customer.AdditionalProperties!.Keys);
        Assert.Contains("AdditionalProperties = {futureField: 1}", customer.ToString(), StringComparison.Ordinal);
    }
}
