namespace PartnerCenter.Emulator.Recording;

/// <summary>
/// <c>/emulator/requests</c>: the emulator's own endpoint, not part of Partner Center, unauthenticated so
/// end-to-end tests can read what a client sent. GET lists the recent requests; DELETE forgets them.
/// </summary>
internal static class RequestLogEndpoints
{
    public static void MapRequestLogEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PartnerCenterPaths.RequestLogRoute, (RequestLog log) =>
            TypedResults.Json(log.Snapshot(), EmulatorJsonContext.Default.IReadOnlyListRecordedRequest, MediaTypes.JsonUtf8));
        endpoints.MapDelete(PartnerCenterPaths.RequestLogRoute, (RequestLog log) =>
        {
            log.Clear();
            return TypedResults.NoContent();
        });
    }
}
