using PartnerCenter.Emulator;

return await PartnerCenterEmulator.RunAsync(args);
