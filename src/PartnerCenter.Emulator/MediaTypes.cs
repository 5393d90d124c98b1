namespace PartnerCenter.Emulator;

/// <summary>The one content type the emulator answers with, as the documented responses carry it.</summary>
internal static class MediaTypes
{
    public const string JsonUtf8 = "application/json; charset=utf-8";
}
