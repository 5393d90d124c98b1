using System.Text.Json.Serialization;

namespace Specweave.Runtime.Tests.Infrastructure;

/// <summary>The item the test streams carry.</summary>
public sealed record Tick(int Id, string Text);

/// <summary>Source-generated metadata, as generated clients pass it: the readers use no reflection.</summary>
[JsonSerializable(typeof(Tick))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
public sealed partial class TickJson : JsonSerializerContext;

/// <summary>Metadata for bare numbers, the case RFC 7464 singles out.</summary>
[JsonSerializable(typeof(int))]
public sealed partial class NumberJson : JsonSerializerContext;
