using System.Collections;
using System.Reflection;
using Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Codegen.Generator.Tests.Customers;

/// <summary>
/// The incremental pipeline caches: a second run with the same inputs reuses every step, and the
/// models between steps hold no Roslyn objects (which would defeat caching and leak compilations).
/// </summary>
public sealed class IncrementalCachingTests
{
    private static readonly string[] TrackedSteps = [TrackingNames.Requests, TrackingNames.Files, TrackingNames.Parse, TrackingNames.Bind];

    [Fact]
    public void Second_run_with_the_same_inputs_reuses_every_step()
    {
        var first = GeneratorRunner.RunOnFile(TestPaths.CustomersSpec, "PartnerCenter.Customers", "PartnerCenterCustomers");
        var second = first.Driver.RunGenerators(Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Test2")).GetRunResult();

        var steps = second.Results.Single().TrackedSteps;
        foreach (var name in TrackedSteps)
        {
            var outputs = steps[name].SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} was {o.Reason}"));
        }
    }

    [Fact]
    public void Pipeline_models_hold_no_roslyn_objects()
    {
        var output = GeneratorRunner.RunOnFile(TestPaths.CustomersSpec, "PartnerCenter.Customers", "PartnerCenterCustomers");
        var steps = output.Driver.GetRunResult().Results.Single().TrackedSteps;

        foreach (var name in TrackedSteps)
        {
            // A step with no outputs would pass the walk below without looking at anything.
            var values = steps[name].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
            Assert.NotEmpty(values);
            foreach (var value in values)
            {
                AssertNoRoslynObjects(value, new HashSet<object>(ReferenceEqualityComparer.Instance), name);
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, HashSet<object> visited, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        Assert.False(
            value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or SemanticModel,
            $"{path} holds a {value.GetType().Name}");

        if (value is IEnumerable sequence)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                AssertNoRoslynObjects(item, visited, $"{path}[{index++}]");
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertNoRoslynObjects(property.GetValue(value), visited, path + "." + property.Name);
        }
    }
}
