namespace PartnerCenter.Emulator.Errors;

/// <summary>The documented 429 body, which has its own shape rather than the Partner Center error body.</summary>
internal sealed record ThrottledError(int StatusCode, string Message);
