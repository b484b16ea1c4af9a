module.exports = {
  displayName: 'identity-resolution',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
