namespace PartnerCenter.Emulator.Errors;

/// <summary>
/// The Partner Center error body. <c>code</c> is a string holding the numeric code because the REST
/// reference types it as a string, although its error table lists numbers.
/// </summary>
internal sealed record PartnerCenterError(string Code, string Description, IReadOnlyList<string> Data, string Source);
