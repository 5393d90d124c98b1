using System.Globalization;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Customers;

/// <summary>The same spec gives byte-identical files, run after run and whatever the culture.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Generating_twice_gives_identical_bytes()
    {
        var first = Generate();
        var second = Generate();

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    public void Generating_under_another_culture_gives_identical_bytes(string culture)
    {
        var invariant = RunUnder(CultureInfo.InvariantCulture, Generate);
        var other = RunUnder(CultureInfo.GetCultureInfo(culture), Generate);

        Assert.Equal(invariant, other);
    }

    [Fact]
    public void Generated_files_use_lf_newlines_only()
    {
        Assert.All(Generate(), f => Assert.DoesNotContain('\r', f.Text));
    }

    /// <summary>The customers client; two empty outputs (a spec error) would compare equal and prove nothing.</summary>
    private static List<(string HintName, string Text)> Generate()
    {
        var output = GeneratorRunner.RunOnFile(TestPaths.CustomersSpec, "PartnerCenter.Customers", "PartnerCenterCustomers");
        Assert.Empty(output.Diagnostics);
        Assert.Contains(output.Files, f => f.HintName == "PartnerCenter.Customers.IPartnerCenterCustomersApi.g.cs");
        return output.Files.ToList();
    }

    private static T RunUnder<T>(CultureInfo culture, Func<T> action)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
