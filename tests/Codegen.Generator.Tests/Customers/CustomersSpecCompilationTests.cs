using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests;

public sealed class CustomersSpecCompilationTests
{
    [Fact]
    public void Customers_spec_generates_code_that_compiles_with_refit_and_json_generators_and_no_warnings()
    {
        var output = GeneratorRunner.RunOnFile(TestPaths.CustomersSpec, "PartnerCenter.Customers", "PartnerCenterCustomers");
        Assert.Empty(output.Diagnostics);

        var compiled = GeneratedCodeCompiler.Compile(output.Files);
        Assert.Empty(compiled.Diagnostics);
        Assert.Contains(compiled.GeneratorOutputNames, n => n.Contains("IPartnerCenterCustomersApi", StringComparison.Ordinal));
        Assert.Contains(compiled.GeneratorOutputNames, n => n.Contains("Customer.g.cs", StringComparison.Ordinal));
    }
}
