using System.Text.Json.Nodes;

namespace PartnerCenter.Emulator.Tests.Support;

/// <summary>The documented samples of <c>spec/samples</c>, copied beside the tests by the project file.</summary>
internal static class Samples
{
    public static string Text(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", fileName));

    public static JsonNode Json(string fileName) => JsonNode.Parse(Text(fileName))!;

    /// <summary>Whether two JSON values are equal member for member and in the same member order.</summary>
    public static void AssertSameJson(JsonNode expected, JsonNode? actual) =>
        Assert.Equal(expected.ToJsonString(), actual?.ToJsonString());
}
