using System.Text;
using System.Text.Json.Nodes;
using Snapshooter.Xunit;
using YamlDotNet.RepresentationModel;

namespace PartnerCenter.Customers.Tests.DocumentedSamples;

/// <summary>
/// Every file of <c>spec/samples</c> is accounted for: a JSON body is mapped to the type it belongs to (from the spec's
/// <c>x-sample-file</c> annotations, or from the naming conventions of samples/README.md for the bodies the spec cannot
/// name), and a transcript is named by an operation. A new sample without a mapping fails here, so it cannot be
/// forgotten by the sample tests.
/// </summary>
public sealed class SampleMappingTests
{
    [Fact]
    public void Every_file_in_the_samples_folder_has_a_mapping_or_is_a_transcript_the_spec_names()
    {
        var transcripts = SpecDocument.Customers.Transcripts.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var unaccounted = new List<string>();
        foreach (var file in SampleCatalog.Files)
        {
            var accounted = Path.GetExtension(file) switch
            {
                ".json" => SampleCatalog.Map(file) is not null,
                ".http" => transcripts.Contains(file),
                ".md" => file == "README.md",
                _ => false,
            };
            if (!accounted)
            {
                unaccounted.Add(file);
            }
        }

        Assert.True(
            unaccounted.Count == 0,
            "Samples without a mapping (name a JSON body in an example's x-sample-file, a transcript in x-sample-transcript): "
            + string.Join(", ", unaccounted));
        Assert.NotEmpty(SampleCatalog.ValidJsonFiles);
    }

    [Fact]
    public void A_sample_the_spec_does_not_name_has_no_mapping()
    {
        // The guard above works: a body no example names, and no convention ties to one, is not mapped.
        Assert.Null(SampleCatalog.Map("get-customer-orders.response.json"));
        Assert.Null(SampleCatalog.Map("get-customer-orders.response.published.json"));
        Assert.Null(SampleCatalog.Map("get-customer-orders.request.camel-case.json"));
    }

    [Fact]
    public void Every_sample_the_spec_names_is_in_the_samples_folder()
    {
        var files = SampleCatalog.Files.ToHashSet(StringComparer.Ordinal);

        Assert.All(SpecDocument.Customers.Annotations, annotation => Assert.Contains(annotation.FileName, files));
        Assert.All(SpecDocument.Customers.Transcripts, transcript => Assert.Contains(Path.GetFileName(transcript), files));
        Assert.All(SpecDocument.Customers.Annotations, annotation => Assert.StartsWith("samples/", annotation.File, StringComparison.Ordinal));
    }

    [Fact]
    public void Each_example_that_names_a_sample_holds_the_same_JSON_value_as_the_file()
    {
        // What spec/check-spec.py checks, here too because CI runs only the .NET tests: an annotation that named the
        // wrong file would map that file to the wrong type.
        Assert.All(SpecDocument.Customers.Annotations, annotation =>
        {
            var example = (YamlMappingNode)SpecDocument.Customers.At(annotation.ExamplePath)!;
            var value = SpecDocument.Child(example, "value");
            Assert.True(value is not null, $"The example at {annotation.Pointer} names {annotation.FileName} but has no value.");
            var file = JsonNode.Parse(SampleCatalog.Text(annotation.FileName));
            Assert.True(
                JsonNode.DeepEquals(file, SpecDocument.ToJson(value)),
                $"The example at {annotation.Pointer} (spec line {annotation.Line}) is not the JSON value of {annotation.FileName}:\n{SpecDocument.ToJson(value)?.ToJsonString()}");
        });
    }

    [Fact]
    public void Each_sample_is_declared_as_the_type_its_operation_reads_or_writes_in_the_generated_client()
    {
        Assert.NotEmpty(SampleCatalog.Declarations);
        Assert.All(SampleCatalog.Declarations, declaration =>
        {
            // The schema of the example's media type and the Refit method's return, body or parameter type agree.
            Assert.True(
                declaration.SchemaType == declaration.OperationType,
                $"{declaration.Annotation.FileName} at {declaration.Place}: the spec declares {declaration.SchemaType}, the client uses {declaration.OperationType}.");
            Assert.NotNull(PartnerCenterCustomersJsonContext.Default.GetTypeInfo(declaration.SchemaType));
        });
    }

    [Fact]
    public void The_mapping_of_every_sample_is_locked()
    {
        // A reviewable table: which file is read as which type, and why.
        var table = new StringBuilder();
        foreach (var file in SampleCatalog.Files.Where(file => file.EndsWith(".json", StringComparison.Ordinal)))
        {
            var mapping = SampleCatalog.Map(file)!;
            table.Append(file).Append('\n')
                .Append("  ").Append(mapping.Kind).Append(", ").Append(mapping.Declaration.Role).Append(" as ").Append(TypeName(mapping.Type)).Append('\n')
                .Append("  ").Append(mapping.Declaration.Place).Append('\n');
        }

        Snapshot.Match(table.ToString());
    }

    private static string TypeName(Type type) =>
        type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>"
            : type.Name;
}
