using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Schemas;

/// <summary>CLR types by format, and a sample with every format read and written back unchanged.</summary>
public sealed class FormatTests
{
    private static readonly Lazy<GeneratedModels> Lazy = new(() => GeneratedModels.FromSpec("formats.yaml"));

    [Theory]
    [InlineData("Uuid", "global::System.Guid")]
    [InlineData("DateTime", "global::System.DateTimeOffset")]
    [InlineData("Date", "global::System.DateOnly")]
    [InlineData("Time", "string")]
    [InlineData("Int32", "int")]
    [InlineData("Int64", "long")]
    [InlineData("Float", "float")]
    [InlineData("Double", "double")]
    [InlineData("Decimal", "decimal")]
    [InlineData("Byte", "byte[]")]
    [InlineData("Binary", "string")]
    [InlineData("Uri", "global::System.Uri")]
    [InlineData("Email", "string")]
    [InlineData("Number", "double")]
    [InlineData("Integer", "long")]
    public void Each_format_maps_to_its_clr_type(string property, string type)
    {
        Assert.Contains($"public required {type} {property} {{ get; init; }}", Lazy.Value.Text("Sample"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sample_with_every_format_round_trips()
    {
        const string json = """
            {
              "uuid": "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
              "dateTime": "2024-05-01T10:20:30.123+02:00",
              "date": "2024-02-29",
              "time": "12:00:00Z",
              "int32": -2147483648,
              "int64": 9007199254740993,
              "float": 1.5,
              "double": 0.1,
              "decimal": 1234567890.123456789,
              "byte": "aGVsbG8gd29ybGQ=",
              "binary": "raw text",
              "uri": "https://example.com/a%20b?c=d#e",
              "email": "someone@example.com",
              "number": 1e-7,
              "integer": 42
            }
            """;

        var sample = Lazy.Value.RoundTrip("Sample", json);

        Assert.Equal(1234567890.123456789m, GeneratedModels.Get(sample, "Decimal"));
        Assert.Equal("hello world"u8.ToArray(), (byte[])GeneratedModels.Get(sample, "Byte")!);
    }

    [Theory]
    [InlineData("12:00:00")]
    [InlineData("23:59:60.5+01:00")]
    public void Times_with_or_without_offset_are_kept_as_sent(string time)
    {
        var sample = Lazy.Value.Read("Sample", """{"uuid":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","dateTime":"2024-05-01T10:20:30+00:00","date":"2024-02-29","time":"TIME","int32":1,"int64":1,"float":1,"double":1,"decimal":1,"byte":"","binary":"","uri":"/relative","email":"","number":1,"integer":1}""".Replace("TIME", time, StringComparison.Ordinal))!;

        Assert.Equal(time, GeneratedModels.Get(sample, "Time"));
        Assert.Contains("An RFC 3339 time (format &apos;time&apos;)".Replace("&apos;", "'", StringComparison.Ordinal), Lazy.Value.Text("Sample"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_does_not_fit_its_format_fails_with_the_path()
    {
        var error = Assert.Throws<System.Text.Json.JsonException>(() => Lazy.Value.Read("Sample", """{"uuid":"not-a-uuid"}"""));

        Assert.Equal("$.uuid", error.Path);
    }
}
