module.exports = {
  displayName: 'clv',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
