using System.Text.Json;
using System.Text.Json.Serialization;
using PartnerCenter.Emulator.Errors;

namespace PartnerCenter.Emulator;

/// <summary>Source-generated serialization of everything the emulator writes that is not seed JSON.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PartnerCenterError))]
[JsonSerializable(typeof(ThrottledError))]
[JsonSerializable(typeof(IReadOnlyList<RecordedRequest>))]
internal sealed partial class EmulatorJsonContext : JsonSerializerContext;
