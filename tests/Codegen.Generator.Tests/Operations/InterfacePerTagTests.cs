namespace Codegen.Generator.Tests.Operations;

/// <summary>The interface-per-tag option: one Refit interface per first tag, untagged operations in the client's own.</summary>
public sealed class InterfacePerTagTests
{
    [Fact]
    public void Each_operation_goes_to_the_interface_of_its_first_tag()
    {
        var api = GeneratedApi.FromSpec("tags.yaml", interfacePerTag: true);

        Assert.Equal(["ListPetsAsync"], api.Interface("IPetsApi").GetMethods().Select(m => m.Name));
        Assert.Equal(["ListOrdersAsync"], api.Interface("IStoreApi").GetMethods().Select(m => m.Name));
        Assert.Equal(["HealthAsync"], api.Interface("ITaggedApi").GetMethods().Select(m => m.Name));
    }

    [Fact]
    public void Without_the_option_every_operation_is_in_one_interface()
    {
        var api = GeneratedApi.FromSpec("tags.yaml");

        Assert.Equal(["HealthAsync", "ListOrdersAsync", "ListPetsAsync"], api.Interface("ITaggedApi").GetMethods().Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(api.Files, f => f.HintName.Contains("IPetsApi", StringComparison.Ordinal));
    }
}
